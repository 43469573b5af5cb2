import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125075340 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "appointment" add column if not exists "paid_fen" integer null, add column if not exists "cancelled_at" timestamptz null, add column if not exists "cancellation_fee_fen" integer null, add column if not exists "refund_fen" integer null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "appointment" drop column if exists "paid_fen", drop column if exists "cancelled_at", drop column if exists "cancellation_fee_fen", drop column if exists "refund_fen";`);
  }

}
