import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Studios' own cancellation terms, and the terms each appointment was booked under. */
export class Migration20261202100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "merchant_policy" ("id" text not null, "merchant_handle" text not null, "terms" jsonb not null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "merchant_policy_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_merchant_policy_merchant_handle_unique" on "merchant_policy" ("merchant_handle") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_merchant_policy_deleted_at" on "merchant_policy" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(`alter table if exists "appointment" add column if not exists "policy_terms" jsonb null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "appointment" drop column if exists "policy_terms";`)
    this.addSql(`drop table if exists "merchant_policy" cascade;`)
  }
}
