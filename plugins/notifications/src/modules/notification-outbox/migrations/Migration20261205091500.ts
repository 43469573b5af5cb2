import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** What a notice was written from (the time as its reader says it, the beautician, the amounts…): SMS and WeChat templates take these as their variables. */
export class Migration20261205091500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "notification_delivery" add column if not exists "params" jsonb null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "notification_delivery" drop column if exists "params";`)
  }
}
