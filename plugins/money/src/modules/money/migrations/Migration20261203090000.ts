import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Each ledger entry records the plan, tier and rate it was shared by.
 * (This migration also gave the merchant table a plan's name and tiers, when
 * the plan was kept there; the plan is the money module's now, see
 * Migration20261205090000.)
 */
export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "ledger_entry" add column if not exists "commission_plan" text null, add column if not exists "commission_tier" integer null,
        add column if not exists "commission_rate_bp" integer null check ("commission_rate_bp" between 0 and 10000);`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop column if exists "commission_plan", drop column if exists "commission_tier", drop column if exists "commission_rate_bp";`)
  }
}
