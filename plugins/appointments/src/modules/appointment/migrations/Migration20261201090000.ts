import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Whether the beautician's studio may take bookings (approved by the platform); kept by the studios plugin on each review decision. */
export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "beautician" add column if not exists "merchant_bookable" boolean not null default true;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "beautician" drop column if exists "merchant_bookable";`)
  }
}
