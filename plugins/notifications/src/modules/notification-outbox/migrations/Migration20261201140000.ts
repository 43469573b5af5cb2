import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** How far the scheduler has read appointments' changes (their `updated_at`), so each tick reads only what is new. */
export class Migration20261201140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "notification_cursor" ("name" text not null, "position" timestamptz not null, constraint "notification_cursor_pkey" primary key ("name"));`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_cursor" cascade;`)
  }
}
