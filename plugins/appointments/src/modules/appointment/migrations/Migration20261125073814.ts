import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The last guard against double booking: no two appointments of one beautician
 * that still occupy the calendar may overlap in their blocked ranges (travel,
 * buffers and service, half-open). The workflow checks first; this makes the
 * check hold under any concurrency.
 */
export class Migration20261125073814 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist;`)
    this.addSql(
      `alter table "appointment" add constraint "appointment_times_valid" check ("starts_at" < "ends_at" and "blocked_from" <= "starts_at" and "ends_at" <= "blocked_until");`,
    )
    this.addSql(
      `alter table "appointment" add constraint "appointment_no_overlap" exclude using gist ("beautician_id" with =, tstzrange("blocked_from", "blocked_until", '[)') with &&) where ("status" in ('held', 'confirmed', 'assigned', 'en_route', 'arrived', 'in_service') and "deleted_at" is null);`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appointment" drop constraint if exists "appointment_no_overlap";`)
    this.addSql(`alter table "appointment" drop constraint if exists "appointment_times_valid";`)
  }
}
