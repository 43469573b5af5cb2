import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Favourite beauticians, viewing consent and the views it allows; each row one customer's. */
export class Migration20261218100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "favourite_beautician" ("id" text not null, "customer_id" text not null, "beautician_id" text not null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "favourite_beautician_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_favourite_beautician_unique" on "favourite_beautician" ("customer_id", "beautician_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_favourite_beautician_beautician" on "favourite_beautician" ("beautician_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_favourite_beautician_deleted_at" on "favourite_beautician" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(
      `create table if not exists "viewing_consent" ("id" text not null, "customer_id" text not null, "consented_at" timestamptz not null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "viewing_consent_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_viewing_consent_customer" on "viewing_consent" ("customer_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_viewing_consent_deleted_at" on "viewing_consent" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(
      `create table if not exists "service_view" ("id" text not null, "customer_id" text not null, "product_id" text not null, "viewed_at" timestamptz not null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "service_view_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_service_view_unique" on "service_view" ("customer_id", "product_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_service_view_recent" on "service_view" ("customer_id", "viewed_at" desc) where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_service_view_deleted_at" on "service_view" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service_view" cascade;`)
    this.addSql(`drop table if exists "viewing_consent" cascade;`)
    this.addSql(`drop table if exists "favourite_beautician" cascade;`)
  }
}
