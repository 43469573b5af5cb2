import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Reviews: one per appointment, rated 1–5. */
export class Migration20261201120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "review" ("id" text not null, "appointment_id" text not null, "customer_id" text not null, "beautician_id" text not null,
        "merchant_handle" text not null, "variant_id" text not null, "rating" integer not null check ("rating" between 1 and 5), "text" text null,
        "photos" jsonb not null default '[]', "hidden" boolean not null default false, "hidden_reason" text null, "reply" text null, "replied_at" timestamptz null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "review_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_review_appointment_id_unique" on "review" ("appointment_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_review_beautician" on "review" ("beautician_id", "created_at") where "hidden" = false and "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_review_deleted_at" on "review" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review" cascade;`)
  }
}
