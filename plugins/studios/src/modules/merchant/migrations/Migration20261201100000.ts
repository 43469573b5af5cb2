import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Beauticians' applications: one live application per person (the ID number's keyed hash is unique among them). */
export class Migration20261201100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "beautician_application" ("id" text not null, "merchant_handle" text not null, "beautician_id" text not null,
        "display_name" text not null, "id_number_last4" text not null, "id_number_hash" text not null, "certificates" jsonb not null,
        "background_check_consent_at" timestamptz not null,
        "status" text check ("status" in ('submitted', 'merchant_approved', 'approved', 'rejected')) not null default 'submitted', "status_reason" text null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "beautician_application_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_beautician_application_person" on "beautician_application" ("id_number_hash") where "status" <> 'rejected' and "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_beautician_application_merchant" on "beautician_application" ("merchant_handle", "status") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_beautician_application_deleted_at" on "beautician_application" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "beautician_application" cascade;`)
  }
}
