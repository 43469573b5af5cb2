import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Failed password sign-ins, counted per account and per address. */
export class Migration20261218120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "password_try" ("id" text not null, "actor_type" text not null, "email" text not null, "ip" text not null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "password_try_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_password_try_account" on "password_try" ("actor_type", "email", "created_at");`)
    this.addSql(`create index if not exists "IDX_password_try_ip" on "password_try" ("ip", "created_at");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "password_try" cascade;`)
  }
}
