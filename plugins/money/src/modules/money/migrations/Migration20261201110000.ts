import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The append-only earnings ledger (an appointment's own entries exist once per kind and account), and beauticians' withdrawals. */
export class Migration20261201110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "ledger_entry" ("id" text not null, "appointment_id" text null, "merchant_handle" text not null, "beautician_id" text null,
        "account" text check ("account" in ('platform', 'merchant', 'beautician')) not null,
        "kind" text check ("kind" in ('service', 'cancellation_fee', 'tip', 'adjustment', 'withdrawal')) not null,
        "amount_fen" integer not null, "note" text null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "ledger_entry_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_ledger_entry_once" on "ledger_entry" ("appointment_id", "kind", "account") where "kind" <> 'adjustment' and "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_ledger_entry_merchant" on "ledger_entry" ("merchant_handle", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_ledger_entry_beautician" on "ledger_entry" ("beautician_id", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_ledger_entry_deleted_at" on "ledger_entry" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(
      `create table if not exists "withdrawal" ("id" text not null, "beautician_id" text not null, "merchant_handle" text not null, "amount_fen" integer not null check ("amount_fen" > 0),
        "status" text check ("status" in ('requested', 'approved', 'paid', 'rejected')) not null default 'requested',
        "reason" text null, "transfer_reference" text null, "decided_by" text null, "paid_at" timestamptz null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "withdrawal_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_withdrawal_beautician" on "withdrawal" ("beautician_id", "status") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_withdrawal_status" on "withdrawal" ("status", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_withdrawal_deleted_at" on "withdrawal" ("deleted_at") where "deleted_at" is null;`)
    // Append-only: entries are never changed or removed.
    this.addSql(`create or replace function "ledger_entry_append_only"() returns trigger language plpgsql as $$
      begin raise exception 'ledger entries are append-only; post an adjustment instead'; end $$;`)
    this.addSql(`drop trigger if exists "ledger_entry_no_change" on "ledger_entry";`)
    this.addSql(`create trigger "ledger_entry_no_change" before update or delete on "ledger_entry" for each row execute function "ledger_entry_append_only"();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "withdrawal" cascade;`)
    this.addSql(`drop table if exists "ledger_entry" cascade;`)
    this.addSql(`drop function if exists "ledger_entry_append_only"();`)
  }
}
