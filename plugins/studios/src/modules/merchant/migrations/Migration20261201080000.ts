import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Merchants with the licence the platform reviews, and the append-only log of review decisions (on merchants and beauticians' applications).
 * (A studio's commission plan was kept here too, until it moved to the money module: see money's Migration20261205090000.)
 */
export class Migration20261201080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "merchant" ("id" text not null, "handle" text not null, "name" text not null, "contact_phone" text not null,
        "district" text null, "address" text null,
        "status" text check ("status" in ('draft', 'pending_review', 'approved', 'rejected', 'suspended')) not null default 'draft',
        "legal_name" text null, "credit_code" text null, "licence_image_url" text null, "submitted_at" timestamptz null, "status_reason" text null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "merchant_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_merchant_handle_unique" on "merchant" ("handle") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_merchant_status" on "merchant" ("status") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_merchant_deleted_at" on "merchant" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(
      `create table if not exists "review_decision" ("id" text not null,
        "subject_type" text check ("subject_type" in ('merchant', 'beautician_application', 'beautician', 'review')) not null, "subject_id" text not null,
        "from_status" text not null, "to_status" text not null, "actor" text not null, "reason" text null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "review_decision_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_review_decision_subject" on "review_decision" ("subject_type", "subject_id", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_review_decision_deleted_at" on "review_decision" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review_decision" cascade;`)
    this.addSql(`drop table if exists "merchant" cascade;`)
  }
}
