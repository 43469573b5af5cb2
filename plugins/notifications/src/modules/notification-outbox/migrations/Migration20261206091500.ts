import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A reader's position is a change's exact `updated_at` and the id that came
 * last at it, so that it goes on from there however many changes share one
 * instant ('' before any: every change at `position` is read again once).
 */
export class Migration20261206091500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "notification_cursor" add column if not exists "last_id" text not null default '';`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "notification_cursor" drop column if exists "last_id";`)
  }
}
