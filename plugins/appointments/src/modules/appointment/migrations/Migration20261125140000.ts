import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The job's record: every status change of an appointment lands in
 * `appointment_event` by trigger (who did it comes from the transaction's
 * `doorstep.actor` setting, else "system"), so no code path can forget it;
 * the check-in and the service record are kept on the appointment.
 */
export class Migration20261125140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "appointment" add column if not exists "check_in" jsonb null, add column if not exists "service_record" jsonb null;`)
    this.addSql(
      `create table if not exists "appointment_event" ("id" text not null, "appointment_id" text not null, "from_status" text null, "status" text not null,
        "actor" text not null, "at" timestamptz not null default now(), "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null, constraint "appointment_event_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_appointment_event_appointment_at" on "appointment_event" ("appointment_id", "at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_appointment_event_deleted_at" on "appointment_event" ("deleted_at") where "deleted_at" is null;`)
    // Every change also goes out on the `doorstep_live` channel, after commit, to each commerce instance's live streams.
    this.addSql(`create or replace function "record_appointment_status"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' or old."status" is distinct from new."status" then
          insert into "appointment_event" ("id", "appointment_id", "from_status", "status", "actor", "at")
          values ('apev_' || replace(gen_random_uuid()::text, '-', ''), new."id", case when tg_op = 'UPDATE' then old."status" end, new."status",
                  coalesce(nullif(current_setting('doorstep.actor', true), ''), 'system'), clock_timestamp());
        end if;
        if tg_op = 'INSERT' or old."status" is distinct from new."status" or old."beautician_id" is distinct from new."beautician_id" then
          perform pg_notify('doorstep_live', json_build_object('kind', 'appointment', 'appointment_id', new."id", 'status', new."status",
            'beautician_id', new."beautician_id", 'previous_beautician_id', case when tg_op = 'UPDATE' then old."beautician_id" end,
            'customer_id', new."customer_id", 'at', clock_timestamp())::text);
        end if;
        return null;
      end $$;`)
    this.addSql(`drop trigger if exists "appointment_status_history" on "appointment";`)
    this.addSql(
      `create trigger "appointment_status_history" after insert or update of "status", "beautician_id" on "appointment" for each row execute function "record_appointment_status"();`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "appointment_status_history" on "appointment";`)
    this.addSql(`drop function if exists "record_appointment_status"();`)
    this.addSql(`drop table if exists "appointment_event" cascade;`)
    this.addSql(`alter table if exists "appointment" drop column if exists "check_in", drop column if exists "service_record";`)
  }
}
