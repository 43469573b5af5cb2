import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261216093000 extends Migration {
  override async up(): Promise<void> {
    // What search filters, sorts and counts by (category, price range in fen, districts, rating, home area): see lib/search/port.ts.
    this.addSql(`alter table if exists "content_entry" add column if not exists "attributes" jsonb not null default '{}';`)
    // Chinese has no spaces and pg_trgm makes no trigrams of it: every two adjacent characters, indexed, find a part of a word
    // in any script (a query's pairs must all be there; ILIKE then checks the order). Spaces are dropped on both sides.
    this.addSql(`create or replace function "content_bigrams"("value" text) returns text[] language sql immutable parallel safe as $$
      select coalesce(array_agg(distinct substr("s", "i", 2)), '{}')
        from (select regexp_replace(lower("value"), '\\s+', '', 'g') as "s") as "v", generate_series(1, length("s") - 1) as "i"
    $$;`)
    this.addSql(`alter table if exists "content_entry" add column if not exists "search_bigrams" text[] generated always as (content_bigrams("title" || ' ' || "text")) stored;`)
    this.addSql(`create index if not exists "IDX_content_entry_bigrams" on "content_entry" using gin ("search_bigrams") where deleted_at is null;`)
    // English typos are looked for in titles only, when nothing matched exactly (lib/search/postgres.ts).
    this.addSql(`create index if not exists "IDX_content_entry_title_trgm" on "content_entry" using gin ("title" gin_trgm_ops) where deleted_at is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_content_entry_title_trgm";`)
    this.addSql(`drop index if exists "IDX_content_entry_bigrams";`)
    this.addSql(`alter table if exists "content_entry" drop column if exists "search_bigrams";`)
    this.addSql(`drop function if exists "content_bigrams"(text);`)
    this.addSql(`alter table if exists "content_entry" drop column if exists "attributes";`)
  }
}
