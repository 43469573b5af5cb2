import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Tips: one per appointment (a unique index), paid through a cart of their own. */
export class Migration20261203110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "tip" ("id" text not null, "appointment_id" text not null, "customer_id" text not null, "beautician_id" text not null,
        "merchant_handle" text not null, "amount_fen" integer not null check ("amount_fen" > 0),
        "status" text check ("status" in ('pending', 'paid')) not null default 'pending', "cart_id" text null, "order_id" text null, "paid_at" timestamptz null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "tip_pkey" primary key ("id"));`,
    )
    this.addSql(`create unique index if not exists "IDX_tip_appointment_id_unique" on "tip" ("appointment_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_tip_order_id" on "tip" ("order_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_tip_cart_id" on "tip" ("cart_id") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_tip_deleted_at" on "tip" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tip" cascade;`)
  }
}
