import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "media_upload" ("id" text not null, "owner_type" text not null, "owner_id" text not null, "url" text not null, "thumbnail_url" text not null, "mime" text not null, "size_bytes" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "media_upload_pkey" primary key ("id"));`)
    this.addSql(`create unique index if not exists "IDX_media_upload_url_unique" on "media_upload" ("url") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_media_upload_owner_type_owner_id" on "media_upload" ("owner_type", "owner_id") where deleted_at is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "media_upload" cascade;`)
  }
}
