import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Beauticians' calendar feeds: one a beautician, found by the hash of its URL's token (the token is never stored). */
export class Migration20261208143000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "calendar_feed" ("id" text not null, "beautician_id" text not null, "salt" text not null, "token_hash" text not null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "calendar_feed_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_calendar_feed_deleted_at" on "calendar_feed" ("deleted_at") where deleted_at is null;`)
    this.addSql(`create unique index if not exists "IDX_calendar_feed_beautician_id_unique" on "calendar_feed" ("beautician_id") where deleted_at is null;`)
    this.addSql(`create unique index if not exists "IDX_calendar_feed_token_hash_unique" on "calendar_feed" ("token_hash") where deleted_at is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calendar_feed" cascade;`)
  }
}
