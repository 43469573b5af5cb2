import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A booking's full price, what is still due after a deposit, and the balance's own cart and order. */
export class Migration20261204093000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "appointment" add column if not exists "price_fen" integer null;`)
    this.addSql(`alter table if exists "appointment" add column if not exists "balance_due_fen" integer null check ("balance_due_fen" >= 0);`)
    this.addSql(`alter table if exists "appointment" add column if not exists "balance_cart_id" text null;`)
    this.addSql(`alter table if exists "appointment" add column if not exists "balance_order_id" text null;`)
    this.addSql(`alter table if exists "appointment" add column if not exists "balance_paid_fen" integer null;`)
  }

  override async down(): Promise<void> {
    for (const column of ["price_fen", "balance_due_fen", "balance_cart_id", "balance_order_id", "balance_paid_fen"]) {
      this.addSql(`alter table if exists "appointment" drop column if exists "${column}";`)
    }
  }
}
