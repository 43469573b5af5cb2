import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Money given back after an appointment's shares were booked is booked as
 * entries of kind `refund`, one per account and per amount the books are
 * brought to (`note`), so an appointment refunded twice has two sets and a
 * set is never booked twice.
 */
export class Migration20261214090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_kind_check";`)
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_kind_check" check ("kind" in ('service', 'cancellation_fee', 'tip', 'adjustment', 'withdrawal', 'balance', 'refund'));`)
    this.addSql(`drop index if exists "IDX_ledger_entry_once";`)
    this.addSql(`create unique index if not exists "IDX_ledger_entry_once" on "ledger_entry" ("appointment_id", "kind", "account") where "kind" not in ('adjustment', 'refund') and "deleted_at" is null;`)
    this.addSql(`create unique index if not exists "IDX_ledger_entry_refund_once" on "ledger_entry" ("appointment_id", "account", "note") where "kind" = 'refund' and "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ledger_entry_refund_once";`)
    this.addSql(`drop index if exists "IDX_ledger_entry_once";`)
    this.addSql(`create unique index if not exists "IDX_ledger_entry_once" on "ledger_entry" ("appointment_id", "kind", "account") where "kind" <> 'adjustment' and "deleted_at" is null;`)
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_kind_check";`)
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_kind_check" check ("kind" in ('service', 'cancellation_fee', 'tip', 'adjustment', 'withdrawal', 'balance'));`)
  }
}
