import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** What was changed on an appointment besides its status, by whom and why (cancellations, moves, refunds). */
export class Migration20261213090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "appointment_change" ("id" text not null, "appointment_id" text not null,
        "kind" text check ("kind" in ('cancelled', 'rescheduled', 'refunded')) not null, "actor" text not null, "reason" text null, "details" jsonb not null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "appointment_change_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_appointment_change_appointment_id" on "appointment_change" ("appointment_id") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_appointment_change_deleted_at" on "appointment_change" ("deleted_at") where deleted_at is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "appointment_change" cascade;`)
  }
}
