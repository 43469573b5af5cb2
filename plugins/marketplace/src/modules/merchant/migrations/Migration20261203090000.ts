import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Commission plans in tiers: a studio's plan has a name and tiers
 * `[{ from_fen, rate_bp }]` (none: one tier at its flat percent, as before);
 * each ledger entry records the plan, tier and rate it was shared by.
 */
export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "merchant" add column if not exists "commission_plan" text not null default 'standard', add column if not exists "commission_tiers" jsonb null;`)
    this.addSql(
      `alter table if exists "ledger_entry" add column if not exists "commission_plan" text null, add column if not exists "commission_tier" integer null,
        add column if not exists "commission_rate_bp" integer null check ("commission_rate_bp" between 0 and 10000);`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop column if exists "commission_plan", drop column if exists "commission_tier", drop column if exists "commission_rate_bp";`)
    this.addSql(`alter table if exists "merchant" drop column if exists "commission_plan", drop column if exists "commission_tiers";`)
  }
}
