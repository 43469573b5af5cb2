import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125073714 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "beautician" drop constraint if exists "beautician_handle_unique";`);
    this.addSql(`create table if not exists "beautician" ("id" text not null, "handle" text not null, "merchant_handle" text not null, "cms_document_id" text null, "display_name" text not null, "email" text not null, "phone" text not null, "status" text check ("status" in ('pending', 'active', 'suspended')) not null default 'pending', "timezone" text not null default 'Asia/Shanghai', "home_lat" real not null, "home_lng" real not null, "home_district" text null, "service_radius_km" real not null, "service_districts" text[] null, "skill_product_ids" text[] not null, "rating" real null, "review_count" integer not null default 0, "years_experience" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "beautician_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_beautician_handle_unique" ON "beautician" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_beautician_deleted_at" ON "beautician" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "appointment" ("id" text not null, "status" text check ("status" in ('held', 'confirmed', 'assigned', 'en_route', 'arrived', 'in_service', 'completed', 'cancelled', 'expired', 'no_show')) not null default 'held', "customer_id" text not null, "variant_id" text not null, "order_id" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "blocked_from" timestamptz not null, "blocked_until" timestamptz not null, "travel_in_minutes" integer not null, "address" jsonb not null, "lat" real not null, "lng" real not null, "expires_at" timestamptz null, "beautician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "appointment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_appointment_beautician_id" ON "appointment" ("beautician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_appointment_deleted_at" ON "appointment" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "time_off" ("id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" text null, "beautician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "time_off_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_time_off_beautician_id" ON "time_off" ("beautician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_time_off_deleted_at" ON "time_off" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "working_hours" ("id" text not null, "weekday" integer not null, "start_time" text not null, "end_time" text not null, "beautician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "working_hours_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_working_hours_beautician_id" ON "working_hours" ("beautician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_working_hours_deleted_at" ON "working_hours" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "appointment" add constraint "appointment_beautician_id_foreign" foreign key ("beautician_id") references "beautician" ("id") on update cascade;`);

    this.addSql(`alter table if exists "time_off" add constraint "time_off_beautician_id_foreign" foreign key ("beautician_id") references "beautician" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "working_hours" add constraint "working_hours_beautician_id_foreign" foreign key ("beautician_id") references "beautician" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "appointment" drop constraint if exists "appointment_beautician_id_foreign";`);

    this.addSql(`alter table if exists "time_off" drop constraint if exists "time_off_beautician_id_foreign";`);

    this.addSql(`alter table if exists "working_hours" drop constraint if exists "working_hours_beautician_id_foreign";`);

    this.addSql(`drop table if exists "beautician" cascade;`);

    this.addSql(`drop table if exists "appointment" cascade;`);

    this.addSql(`drop table if exists "time_off" cascade;`);

    this.addSql(`drop table if exists "working_hours" cascade;`);
  }

}
