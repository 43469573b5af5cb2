import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Date overrides: other hours (or none) on one local date; they change the roster like weekly hours do. */
export class Migration20261125120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "date_override" ("id" text not null, "date" text not null, "windows" jsonb not null, "beautician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "date_override_pkey" primary key ("id"));`,
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_date_override_beautician_id" ON "date_override" ("beautician_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_date_override_deleted_at" ON "date_override" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_date_override_beautician_id_date_unique" ON "date_override" ("beautician_id", "date") WHERE deleted_at IS NULL;`)
    this.addSql(
      `alter table if exists "date_override" add constraint "date_override_beautician_id_foreign" foreign key ("beautician_id") references "beautician" ("id") on update cascade on delete cascade;`,
    )
    this.addSql(`drop trigger if exists "date_override_roster_version" on "date_override";`)
    this.addSql(
      `create trigger "date_override_roster_version" after insert or update or delete or truncate on "date_override" for each statement execute function "bump_beautician_roster_version"();`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "date_override" cascade;`)
  }
}
