import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The notification outbox (one row per notice, person and channel, once by its key) and people's notification preferences. */
export class Migration20261201130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "notification_delivery" ("id" text not null, "dedupe_key" text not null, "appointment_id" text not null, "kind" text not null,
        "ref" text not null default '', "recipient_type" text check ("recipient_type" in ('customer', 'beautician')) not null, "recipient_id" text not null,
        "channel" text check ("channel" in ('in_app', 'sms', 'email', 'wechat')) not null, "to" text null, "locale" text not null,
        "title" text not null, "body" text not null, "url" text null, "subject_starts_at" timestamptz not null,
        "status" text check ("status" in ('pending', 'sent', 'failed')) not null default 'pending', "attempts" integer not null default 0,
        "next_attempt_at" timestamptz not null default now(), "last_error" text null, "sent_at" timestamptz null, "read_at" timestamptz null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "notification_delivery_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_notification_delivery_once" on "notification_delivery" ("dedupe_key");`)
    this.addSql(`create index if not exists "IDX_notification_delivery_due" on "notification_delivery" ("next_attempt_at") where "status" = 'pending' and "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_notification_delivery_inbox" on "notification_delivery" ("recipient_type", "recipient_id", "created_at") where "channel" = 'in_app' and "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_notification_delivery_appointment" on "notification_delivery" ("appointment_id") where "channel" = 'in_app' and "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_notification_delivery_deleted_at" on "notification_delivery" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(
      `create table if not exists "notification_preference" ("id" text not null, "recipient_type" text check ("recipient_type" in ('customer', 'beautician')) not null,
        "recipient_id" text not null, "locale" text null, "muted_kinds" text[] not null default '{}',
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "notification_preference_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_notification_preference_recipient" on "notification_preference" ("recipient_type", "recipient_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_notification_preference_deleted_at" on "notification_preference" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_delivery" cascade;`)
    this.addSql(`drop table if exists "notification_preference" cascade;`)
  }
}
