import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Support tickets and their threads. */
export class Migration20261202080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "ticket" ("id" text not null, "customer_id" text not null,
        "kind" text check ("kind" in ('feedback', 'complaint')) not null, "subject" text not null,
        "status" text check ("status" in ('open', 'awaiting_customer', 'resolved', 'closed')) not null default 'open',
        "appointment_id" text null, "merchant_handle" text null, "beautician_id" text null, "last_message_at" timestamptz not null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "ticket_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_ticket_customer" on "ticket" ("customer_id", "last_message_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_ticket_queue" on "ticket" ("status", "last_message_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_ticket_merchant" on "ticket" ("merchant_handle", "last_message_at") where "merchant_handle" is not null and "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_ticket_deleted_at" on "ticket" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(
      `create table if not exists "ticket_message" ("id" text not null, "ticket_id" text not null references "ticket" ("id") on delete cascade,
        "author_type" text check ("author_type" in ('customer', 'staff')) not null, "author_id" text not null, "body" text not null,
        "photos" jsonb not null default '[]', "internal" boolean not null default false,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "ticket_message_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_ticket_message_ticket_id" on "ticket_message" ("ticket_id", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_ticket_message_deleted_at" on "ticket_message" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ticket_message" cascade;`)
    this.addSql(`drop table if exists "ticket" cascade;`)
  }
}
