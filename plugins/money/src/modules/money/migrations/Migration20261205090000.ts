import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Commission plans are the money module's: one row a studio, keyed by its
 * handle. A database that kept them on the merchant table (before money was
 * a module of its own) has them copied here once, and those columns dropped;
 * a fresh database never had them there.
 */
export class Migration20261205090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "commission_plan" ("id" text not null, "merchant_handle" text not null, "name" text not null default 'standard',
        "commission_percent" real not null default 20 check ("commission_percent" between 0 and 100),
        "beautician_percent" real not null default 70 check ("beautician_percent" between 0 and 100),
        "tiers" jsonb null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "commission_plan_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_commission_plan_merchant_handle_unique" on "commission_plan" ("merchant_handle") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_commission_plan_deleted_at" on "commission_plan" ("deleted_at") where "deleted_at" is null;`)
    // Read through to_jsonb, so that a merchant table without some of the old columns still copies.
    this.addSql(
      `do $$ begin
        if exists (select 1 from information_schema.columns where table_schema = current_schema() and table_name = 'merchant' and column_name = 'commission_percent') then
          insert into "commission_plan" ("id", "merchant_handle", "name", "commission_percent", "beautician_percent", "tiers")
            select 'cplan_' || m."id", m."handle", coalesce(to_jsonb(m) ->> 'commission_plan', 'standard'),
                   coalesce((to_jsonb(m) ->> 'commission_percent')::real, 20), coalesce((to_jsonb(m) ->> 'beautician_percent')::real, 70),
                   nullif(to_jsonb(m) -> 'commission_tiers', 'null'::jsonb)
              from "merchant" m where m."deleted_at" is null
            on conflict do nothing;
          alter table "merchant" drop column if exists "commission_percent", drop column if exists "beautician_percent",
            drop column if exists "commission_plan", drop column if exists "commission_tiers";
        end if;
      end $$;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_plan" cascade;`)
  }
}
