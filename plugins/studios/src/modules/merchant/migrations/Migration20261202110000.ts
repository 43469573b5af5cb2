import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Studio settings (opening hours, location, service districts); commission-plan changes join the decision log. */
export class Migration20261202110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "merchant" add column if not exists "opening_hours" jsonb null, add column if not exists "lat" real null, add column if not exists "lng" real null, add column if not exists "service_districts" text[] null;`)
    this.addSql(`alter table if exists "review_decision" drop constraint if exists "review_decision_subject_type_check";`)
    this.addSql(`alter table if exists "review_decision" add constraint "review_decision_subject_type_check" check ("subject_type" in ('merchant', 'beautician_application', 'beautician', 'review', 'commission_plan'));`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "review_decision" drop constraint if exists "review_decision_subject_type_check";`)
    this.addSql(`alter table if exists "review_decision" add constraint "review_decision_subject_type_check" check ("subject_type" in ('merchant', 'beautician_application', 'beautician', 'review'));`)
    this.addSql(`alter table if exists "merchant" drop column if exists "opening_hours", drop column if exists "lat", drop column if exists "lng", drop column if exists "service_districts";`)
  }
}
