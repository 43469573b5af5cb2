import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The roster version: every change to beauticians or their weekly hours (rows
 * written by anyone, or tables truncated) commits a new number with it, so each
 * commerce instance can keep the roster in memory and reload it only when the
 * number it last saw has moved. A sequence feeds the number, so it never repeats,
 * even after the version row is lost.
 *
 * Also caps the service radius at 30 km (an area is a part of the city, not all of
 * it), and drops the area and skill indexes the in-memory roster replaced.
 */
export class Migration20261125100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence if not exists "beautician_roster_version_seq";`)
    this.addSql(`create table if not exists "beautician_roster_version" ("id" integer primary key check ("id" = 1), "version" bigint not null);`)
    this.addSql(`
      create or replace function "bump_beautician_roster_version"() returns trigger language plpgsql as $$
      begin
        insert into "beautician_roster_version" ("id", "version") values (1, nextval('beautician_roster_version_seq'))
          on conflict ("id") do update set "version" = excluded."version";
        return null;
      end $$;`)
    for (const table of ["beautician", "working_hours"]) {
      this.addSql(`drop trigger if exists "${table}_roster_version" on "${table}";`)
      this.addSql(
        `create trigger "${table}_roster_version" after insert or update or delete or truncate on "${table}" for each statement execute function "bump_beautician_roster_version"();`,
      )
    }
    this.addSql(`insert into "beautician_roster_version" ("id", "version") values (1, nextval('beautician_roster_version_seq')) on conflict ("id") do nothing;`)
    this.addSql(
      `alter table "beautician" add constraint "beautician_service_radius_range" check ("service_radius_km" > 0 and "service_radius_km" <= 30);`,
    )
    this.addSql(`drop index if exists "IDX_beautician_skills";`)
    this.addSql(`drop index if exists "IDX_beautician_active_home";`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "beautician" drop constraint if exists "beautician_service_radius_range";`)
    for (const table of ["beautician", "working_hours"]) this.addSql(`drop trigger if exists "${table}_roster_version" on "${table}";`)
    this.addSql(`drop function if exists "bump_beautician_roster_version"();`)
    this.addSql(`drop table if exists "beautician_roster_version";`)
    this.addSql(`drop sequence if exists "beautician_roster_version_seq";`)
  }
}
