import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The back office's appointment list sorts by start or by booking time and
 * pages far into the result (issue 18's bench): without an index in that
 * order, PostgreSQL sorted every row of the table for each page — at 10,000
 * appointments an on-disk sort of the whole rows, 140 ms for the platform's
 * last page. In order, a page reads its offset's worth of index entries.
 */
export class Migration20261215090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "IDX_appointment_starts_at" on "appointment" ("starts_at", "id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_appointment_created_at" on "appointment" ("created_at", "id") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_appointment_starts_at";`)
    this.addSql(`drop index if exists "IDX_appointment_created_at";`)
  }
}
