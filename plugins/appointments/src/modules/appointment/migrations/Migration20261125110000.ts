import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The calendar change log: every write to appointments or time off records the
 * beautician and the writing transaction's id. A commerce instance that keeps
 * calendars in memory asks, before each use, for the rows of transactions it
 * may not have seen yet (ids at or above the oldest one still running when it
 * last asked), so nothing committed is ever missed, whatever the commit order.
 * Emptying a table records "*": forget every calendar. Rows older than a few
 * minutes are pruned by the hold-expiry job.
 */
export class Migration20261125110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "calendar_change" ("xid" xid8 not null default pg_current_xact_id(), "beautician_id" text not null, "changed_at" timestamptz not null default now());`,
    )
    this.addSql(`create index if not exists "IDX_calendar_change_xid" on "calendar_change" ("xid");`)
    this.addSql(`
      create or replace function "record_calendar_change"() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          insert into "calendar_change" ("beautician_id") values (old."beautician_id");
        end if;
        if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new."beautician_id" is distinct from old."beautician_id") then
          insert into "calendar_change" ("beautician_id") values (new."beautician_id");
        end if;
        return null;
      end $$;`)
    this.addSql(`
      create or replace function "record_calendars_emptied"() returns trigger language plpgsql as $$
      begin
        insert into "calendar_change" ("beautician_id") values ('*');
        return null;
      end $$;`)
    for (const table of ["appointment", "time_off"]) {
      this.addSql(`drop trigger if exists "${table}_calendar_change" on "${table}";`)
      this.addSql(
        `create trigger "${table}_calendar_change" after insert or update or delete on "${table}" for each row execute function "record_calendar_change"();`,
      )
      this.addSql(`drop trigger if exists "${table}_calendars_emptied" on "${table}";`)
      this.addSql(`create trigger "${table}_calendars_emptied" after truncate on "${table}" for each statement execute function "record_calendars_emptied"();`)
    }
  }

  override async down(): Promise<void> {
    for (const table of ["appointment", "time_off"]) {
      this.addSql(`drop trigger if exists "${table}_calendar_change" on "${table}";`)
      this.addSql(`drop trigger if exists "${table}_calendars_emptied" on "${table}";`)
    }
    this.addSql(`drop function if exists "record_calendar_change"();`)
    this.addSql(`drop function if exists "record_calendars_emptied"();`)
    this.addSql(`drop table if exists "calendar_change";`)
  }
}
