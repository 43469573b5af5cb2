import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Withdrawals paid through a payout provider: `paying` while it is asked, the provider and its error kept; a transfer reference pays one withdrawal. */
export class Migration20261203100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "withdrawal" drop constraint if exists "withdrawal_status_check";`)
    this.addSql(`alter table if exists "withdrawal" add constraint "withdrawal_status_check" check ("status" in ('requested', 'approved', 'paying', 'paid', 'rejected'));`)
    this.addSql(`alter table if exists "withdrawal" add column if not exists "payout_provider" text null, add column if not exists "payout_error" text null;`)
    this.addSql(`create unique index if not exists "IDX_withdrawal_transfer_reference" on "withdrawal" ("payout_provider", "transfer_reference") where "status" = 'paid' and "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_withdrawal_transfer_reference";`)
    this.addSql(`alter table if exists "withdrawal" drop column if exists "payout_provider", drop column if exists "payout_error";`)
    this.addSql(`alter table if exists "withdrawal" drop constraint if exists "withdrawal_status_check";`)
    this.addSql(`alter table if exists "withdrawal" add constraint "withdrawal_status_check" check ("status" in ('requested', 'approved', 'paid', 'rejected'));`)
  }
}
