import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A code signs in as the actor it was asked for (customer or beautician); the ones sent before were all customers'. */
export class Migration20261210090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sign_in_code" add column if not exists "actor_type" text check ("actor_type" in ('customer', 'beautician')) not null default 'customer';`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "sign_in_code" drop column if exists "actor_type";`)
  }
}
