import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Offers (at most one live per appointment), the append-only dispatch decision log, and Web Push subscriptions. */
export class Migration20261125150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "offer" ("id" text not null, "appointment_id" text not null, "beautician_id" text not null,
        "status" text check ("status" in ('pending', 'accepted', 'declined', 'expired', 'withdrawn')) not null default 'pending',
        "attempt" integer not null, "expires_at" timestamptz not null, "responded_at" timestamptz null, "decline_reason" text null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "offer_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_offer_one_live_per_appointment" on "offer" ("appointment_id") where "status" in ('pending', 'accepted') and "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_offer_beautician_status" on "offer" ("beautician_id", "status") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_offer_pending_expiry" on "offer" ("expires_at") where "status" = 'pending' and "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_offer_deleted_at" on "offer" ("deleted_at") where "deleted_at" is null;`)
    // Offers opened and answered go out on the `doorstep_live` channel, after commit, to the beauticians' live streams.
    this.addSql(`create or replace function "announce_offer"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('doorstep_live', json_build_object('kind', 'offer', 'id', new."id", 'appointment_id', new."appointment_id",
          'beautician_id', new."beautician_id", 'status', new."status", 'at', clock_timestamp())::text);
        return null;
      end $$;`)
    this.addSql(`drop trigger if exists "offer_announce" on "offer";`)
    this.addSql(`create trigger "offer_announce" after insert or update of "status" on "offer" for each row execute function "announce_offer"();`)
    this.addSql(
      `create table if not exists "dispatch_decision" ("id" text not null, "appointment_id" text not null,
        "action" text check ("action" in ('offered', 'accepted', 'declined', 'expired', 'queued', 'withdrawn', 'assigned', 'late')) not null,
        "beautician_id" text null, "actor" text not null, "reason" text null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "dispatch_decision_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_dispatch_decision_appointment" on "dispatch_decision" ("appointment_id", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_dispatch_decision_deleted_at" on "dispatch_decision" ("deleted_at") where "deleted_at" is null;`)
    // A late alert is raised once per appointment and kind, however many schedulers run.
    this.addSql(`create unique index if not exists "IDX_dispatch_decision_late_once" on "dispatch_decision" ("appointment_id", "reason") where "action" = 'late' and "deleted_at" is null;`)
    this.addSql(
      `create table if not exists "push_subscription" ("id" text not null, "actor_type" text not null, "actor_id" text not null, "endpoint" text not null,
        "p256dh" text not null, "auth" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
        "deleted_at" timestamptz null, constraint "push_subscription_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_push_subscription_endpoint" on "push_subscription" ("endpoint") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_push_subscription_actor" on "push_subscription" ("actor_type", "actor_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_push_subscription_deleted_at" on "push_subscription" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "push_subscription" cascade;`)
    this.addSql(`drop table if exists "dispatch_decision" cascade;`)
    this.addSql(`drop table if exists "offer" cascade;`)
    this.addSql(`drop function if exists "announce_offer"();`)
  }
}
