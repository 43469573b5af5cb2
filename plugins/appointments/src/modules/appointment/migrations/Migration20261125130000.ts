import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** What the customer's money is doing for each appointment; appointments already paid for read as paid. */
export class Migration20261125130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "appointment" add column if not exists "payment_status" text not null default 'pending'
         check ("payment_status" in ('pending', 'paid', 'refund_pending', 'partially_refunded', 'refunded', 'failed'));`,
    )
    this.addSql(`update "appointment" set "payment_status" = 'paid' where "paid_fen" is not null and "payment_status" = 'pending';`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "appointment" drop column if exists "payment_status";`)
  }
}
