import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Readers of appointments' changes (the notifications planner) go through them in `(updated_at, id)` order, a page at a time. */
export class Migration20261206090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "IDX_appointment_changes" on "appointment" ("updated_at", "id") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_appointment_changes";`)
  }
}
