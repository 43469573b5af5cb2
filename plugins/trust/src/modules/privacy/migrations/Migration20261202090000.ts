import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The audit log of staff reads of personal data; append-only. */
export class Migration20261202090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "personal_data_access" ("id" text not null, "actor_id" text not null, "role" text null, "merchant_handle" text null,
        "method" text not null, "route" text not null, "subject_id" text null, "query" jsonb null, "status" integer not null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "personal_data_access_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_personal_data_access_actor" on "personal_data_access" ("actor_id", "created_at");`)
    this.addSql(`create index if not exists "IDX_personal_data_access_subject" on "personal_data_access" ("subject_id", "created_at") where "subject_id" is not null;`)
    this.addSql(`create index if not exists "IDX_personal_data_access_deleted_at" on "personal_data_access" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(`create or replace function "personal_data_access_append_only"() returns trigger language plpgsql as $$
      begin raise exception 'personal_data_access is append-only'; end $$;`)
    this.addSql(`drop trigger if exists "personal_data_access_no_change" on "personal_data_access";`)
    this.addSql(`create trigger "personal_data_access_no_change" before update or delete on "personal_data_access" for each row execute function "personal_data_access_append_only"();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "personal_data_access" cascade;`)
    this.addSql(`drop function if exists "personal_data_access_append_only"();`)
  }
}
