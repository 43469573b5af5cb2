import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The cart whose completion confirmed an appointment. Completion confirms the
 * holds before Medusa creates the order; a commerce killed in between left
 * them confirmed with no order, and the customer's retry was refused
 * (HOLD_EXPIRED, the payment refunded) while the time stayed blocked. With
 * the cart recorded, a completion of the same cart confirms them again.
 */
export class Migration20261216090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "appointment" add column if not exists "completing_cart_id" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "appointment" drop column if exists "completing_cart_id";`)
  }
}
