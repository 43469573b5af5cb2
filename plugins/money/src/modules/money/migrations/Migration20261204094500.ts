import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The ledger books a deposit booking's balance, paid after the job, as entries of kind `balance`. */
export class Migration20261204094500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_kind_check";`)
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_kind_check" check ("kind" in ('service', 'cancellation_fee', 'tip', 'adjustment', 'withdrawal', 'balance'));`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_kind_check";`)
    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_kind_check" check ("kind" in ('service', 'cancellation_fee', 'tip', 'adjustment', 'withdrawal'));`)
  }
}
