import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Availability narrows beauticians by area and skill first; these indexes make that cheap at city scale. */
export class Migration20261125080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index if not exists "IDX_beautician_active_home" on "beautician" ("home_lat", "home_lng") where "status" = 'active' and "deleted_at" is null;`,
    )
    this.addSql(`create index if not exists "IDX_beautician_skills" on "beautician" using gin ("skill_product_ids");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_beautician_skills";`)
    this.addSql(`drop index if exists "IDX_beautician_active_home";`)
  }
}
