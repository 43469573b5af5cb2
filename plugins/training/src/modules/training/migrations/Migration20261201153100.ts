import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Exam attempts (append-only, enforced by a trigger) and certifications (one per beautician and skill). */
export class Migration20261201153100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "exam_attempt" ("id" text not null, "beautician_id" text not null, "exam_document_id" text not null, "course_document_id" text not null,
        "skill" text not null, "locale" text not null, "answers" jsonb not null, "score" integer not null check ("score" between 0 and 100), "passed" boolean not null,
        "retry_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "exam_attempt_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_exam_attempt_beautician_exam" on "exam_attempt" ("beautician_id", "exam_document_id", "created_at");`)
    this.addSql(`create index if not exists "IDX_exam_attempt_course" on "exam_attempt" ("course_document_id");`)
    this.addSql(`create index if not exists "IDX_exam_attempt_deleted_at" on "exam_attempt" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(`
      create or replace function "exam_attempt_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'exam attempts are append-only';
      end $$;`)
    this.addSql(`drop trigger if exists "exam_attempt_append_only" on "exam_attempt";`)
    this.addSql(`create trigger "exam_attempt_append_only" before update or delete on "exam_attempt" for each row execute function "exam_attempt_append_only"();`)
    this.addSql(
      `create table if not exists "certification" ("id" text not null, "beautician_id" text not null, "skill" text not null, "product_id" text not null,
        "course_document_id" text not null, "exam_document_id" text not null, "score" integer not null check ("score" between 0 and 100),
        "passed_at" timestamptz not null, "expires_at" timestamptz not null, "status" text check ("status" in ('active', 'expired')) not null default 'active',
        "skill_granted" boolean not null default false, "reminded_at" timestamptz null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "certification_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_certification_beautician_skill" on "certification" ("beautician_id", "skill") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_certification_active_expiry" on "certification" ("expires_at") where "status" = 'active' and "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_certification_deleted_at" on "certification" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certification" cascade;`)
    this.addSql(`drop table if exists "exam_attempt" cascade;`)
    this.addSql(`drop function if exists "exam_attempt_append_only"();`)
  }
}
