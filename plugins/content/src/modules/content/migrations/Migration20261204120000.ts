import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(`create table if not exists "content_entry" ("id" text not null, "model" text not null, "document_id" text not null, "locale" text not null, "ref" text not null, "merchant_handle" text null, "title" text not null, "text" text not null, "data" jsonb not null, "published_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "content_entry_pkey" primary key ("id"));`)
    this.addSql(`create unique index if not exists "IDX_content_entry_model_document_id_locale_unique" on "content_entry" ("model", "document_id", "locale") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_content_entry_ref" on "content_entry" ("model", "ref") where deleted_at is null;`)
    // Substring search over title and text, Chinese included: trigrams of the characters, whatever the collation.
    this.addSql(`create index if not exists "IDX_content_entry_search" on "content_entry" using gin (("title" || ' ' || "text") gin_trgm_ops) where deleted_at is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "content_entry" cascade;`)
  }
}
