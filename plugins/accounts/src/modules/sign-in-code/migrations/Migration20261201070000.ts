import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** SMS sign-in codes (their HMACs) and wrong tries, each looked up by phone or address within the last hour. */
export class Migration20261201070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "sign_in_code" ("id" text not null, "phone" text not null, "code_hash" text not null, "ip" text null,
        "expires_at" timestamptz not null, "attempts" integer not null default 0, "consumed_at" timestamptz null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "sign_in_code_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_sign_in_code_phone" on "sign_in_code" ("phone", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_sign_in_code_ip" on "sign_in_code" ("ip", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_sign_in_code_deleted_at" on "sign_in_code" ("deleted_at") where "deleted_at" is null;`)
    this.addSql(
      `create table if not exists "sign_in_failure" ("id" text not null, "ip" text not null, "phone" text null,
        "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null,
        constraint "sign_in_failure_pkey" primary key ("id"));`,
    )
    this.addSql(`create index if not exists "IDX_sign_in_failure_ip" on "sign_in_failure" ("ip", "created_at") where "deleted_at" is null;`)
    this.addSql(`create index if not exists "IDX_sign_in_failure_deleted_at" on "sign_in_failure" ("deleted_at") where "deleted_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sign_in_failure" cascade;`)
    this.addSql(`drop table if exists "sign_in_code" cascade;`)
  }
}
