import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A studio's tags and private notes about its customers; each row belongs to one studio. */
export class Migration20261211100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "studio_customer_tag" ("id" text not null, "merchant_handle" text not null, "customer_id" text not null, "tag" text not null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "studio_customer_tag_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_studio_customer_tag_unique" on "studio_customer_tag" ("merchant_handle", "customer_id", "tag") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_studio_customer_tag_tag" on "studio_customer_tag" ("merchant_handle", "tag") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_studio_customer_tag_deleted_at" on "studio_customer_tag" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(
      `create table if not exists "studio_customer_note" ("id" text not null, "merchant_handle" text not null, "customer_id" text not null,
        "author_id" text not null, "body" text not null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "studio_customer_note_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_studio_customer_note_customer" on "studio_customer_note" ("merchant_handle", "customer_id", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_studio_customer_note_deleted_at" on "studio_customer_note" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "studio_customer_note" cascade;`)
    this.addSql(`drop table if exists "studio_customer_tag" cascade;`)
  }
}
