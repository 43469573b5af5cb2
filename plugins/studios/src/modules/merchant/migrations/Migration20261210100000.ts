import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** People apply themselves: what they say about their work, and their ID and certificate photos, kept privately. */
export class Migration20261210100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "beautician_application" add column if not exists "bio" text null;`)
    this.addSql(
      `create table if not exists "application_document" ("id" text not null, "auth_identity_id" text not null, "application_id" text null,
        "kind" text check ("kind" in ('id_card', 'certificate')) not null, "mime" text not null, "size_bytes" integer not null, "content" text not null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "application_document_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_application_document_uploader" on "application_document" ("auth_identity_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_application_document_application" on "application_document" ("application_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_application_document_deleted_at" on "application_document" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "application_document" cascade;`)
    this.addSql(`alter table if exists "beautician_application" drop column if exists "bio";`)
  }
}
