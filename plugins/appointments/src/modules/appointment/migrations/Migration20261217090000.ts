import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A customer's held times by when they lapse. Every hold counts the
 * customer's live holds (the per-customer limit) and reads when the first
 * lapses; the index on a customer's appointments by start made PostgreSQL
 * visit every appointment the customer ever had, row by row, for that.
 */
export class Migration20261217090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index if not exists "IDX_appointment_customer_holds" on "appointment" ("customer_id", "expires_at") where "status" = 'held' and "deleted_at" is null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_appointment_customer_holds";`)
  }
}
