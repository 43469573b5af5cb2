import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import { pgTools, startCluster, type Cluster, type PgTools } from "../lib/pg-tools"
import { freePort } from "../lib/ports"
import { ROOT } from "../lib/paths"

/**
 * docs/operations.md's backup and restore, run as written: both databases
 * dumped in custom format, restored into fresh databases, and every table's
 * row count (scripts/backup/row-counts.sql) compared. The schema stands for
 * ours where a restore could go wrong: extensions (btree_gist, pg_trgm), the
 * no-double-booking exclusion constraint, trigram and partial indexes, the
 * pg_notify trigger, jsonb, Chinese text, sequences, foreign keys.
 */
const COMMERCE_SCHEMA = `
  create extension btree_gist;
  create extension pg_trgm;
  create table beautician (id text primary key, name text not null);
  create table appointment (
    id text primary key,
    beautician_id text not null references beautician (id),
    status text not null,
    blocked tstzrange not null,
    address jsonb not null,
    deleted_at timestamptz,
    constraint appointment_no_overlap exclude using gist (beautician_id with =, blocked with &&)
      where (status in ('held', 'confirmed', 'assigned') and deleted_at is null)
  );
  create index appointment_status on appointment (status) where deleted_at is null;
  create table content_entry (id bigserial primary key, locale text not null, title text not null);
  create index content_entry_title_trgm on content_entry using gin (title gin_trgm_ops);
  create table notification_delivery (id text primary key, appointment_id text not null references appointment (id), status text not null default 'pending');
  create function announce_appointment() returns trigger language plpgsql as $$
    begin perform pg_notify('appointment_changed', new.id); return new; end $$;
  create trigger appointment_changed after insert or update on appointment for each row execute function announce_appointment();
  insert into beautician select 'bt_' || n, '美容师 ' || n from generate_series(1, 40) n;
  insert into appointment
    select 'appt_' || n, 'bt_' || (n % 40 + 1), (array['held', 'confirmed', 'completed', 'cancelled'])[n % 4 + 1],
           tstzrange(timestamptz '2026-12-01 01:00+00' + (n / 40) * interval '2 hours', timestamptz '2026-12-01 02:30+00' + (n / 40) * interval '2 hours'),
           jsonb_build_object('line1', '陆家嘴环路 ' || n || ' 号', 'lat', 31.23, 'lng', 121.5), null
      from generate_series(1, 4000) n;
  insert into content_entry (locale, title) select (array['zh-CN', 'en'])[n % 2 + 1], '精油推拿 第 ' || n || ' 篇' from generate_series(1, 3000) n;
  insert into notification_delivery select 'ntfd_' || n, 'appt_' || n, (array['pending', 'sent', 'failed'])[n % 3 + 1] from generate_series(1, 2500) n;
`

const CMS_SCHEMA = `
  create table articles (id serial primary key, document_id varchar(255) not null, title varchar(255), body jsonb, published_at timestamp(6), locale varchar(255));
  create table files (id serial primary key, name varchar(255), url varchar(255));
  create table articles_cover_lnk (id serial primary key, article_id integer references articles (id) on delete cascade, file_id integer references files (id) on delete cascade);
  insert into articles (document_id, title, body, published_at, locale)
    select md5(n::text), '居家美容指南 ' || n, jsonb_build_array(jsonb_build_object('type', 'paragraph', 'text', '第 ' || n || ' 段')), case when n % 2 = 0 then now() end, 'zh-CN'
      from generate_series(1, 1500) n;
  insert into files (name, url) select 'photo-' || n || '.jpg', '/uploads/photo-' || n || '.jpg' from generate_series(1, 800) n;
  insert into articles_cover_lnk (article_id, file_id) select n, n from generate_series(1, 800) n;
`

const ROW_COUNTS = path.join(ROOT, "scripts", "backup", "row-counts.sql")

async function sql(url: string, text: string): Promise<void> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

describe("backup and restore (docs/operations.md)", () => {
  let tools: PgTools
  let cluster: Cluster
  let dumps: string

  beforeAll(async () => {
    tools = pgTools()
    cluster = startCluster(tools, await freePort())
    dumps = fs.mkdtempSync(path.join(os.tmpdir(), "doorstep-dumps-"))
    for (const [database, schema] of [["doorstep_commerce", COMMERCE_SCHEMA], ["doorstep_cms", CMS_SCHEMA]]) {
      await sql(cluster.url("postgres"), `create database ${database}`)
      await sql(cluster.url(database), schema)
    }
  })

  afterAll(() => {
    cluster?.stop()
    if (dumps) fs.rmSync(dumps, { recursive: true, force: true })
  })

  const rowCounts = (database: string) => tools.run("psql", ["--no-psqlrc", "-At", "-F", " ", "-d", cluster.url(database), "-f", ROW_COUNTS])

  it.each(["doorstep_commerce", "doorstep_cms"])("%s: a custom-format dump restores into a fresh database with every row", async (database) => {
    const file = path.join(dumps, `${database}.dump`)
    const before = rowCounts(database)
    tools.run("pg_dump", ["--format=custom", "--no-owner", `--file=${file}`, cluster.url(database)])
    expect(tools.run("pg_restore", ["--list", file])).toMatch(/TABLE DATA/)

    const copy = `${database}_restored`
    tools.run("psql", ["--no-psqlrc", "-q", cluster.url("postgres"), "-c", `drop database if exists ${copy} with (force)`, "-c", `create database ${copy}`])
    tools.run("pg_restore", ["--no-owner", "--exit-on-error", "--single-transaction", "-d", cluster.url(copy), file])
    const after = rowCounts(copy)

    expect(after).toBe(before)
    const tables = before.trim().split("\n")
    expect(tables.length).toBeGreaterThanOrEqual(3)
    expect(tables.every((line) => Number(line.split(" ")[1]) > 0)).toBe(true)
  })

  it("the restored commerce keeps its guards: no double booking, the trigram index, the change trigger", async () => {
    const restored = new Client({ connectionString: cluster.url("doorstep_commerce_restored") })
    await restored.connect()
    try {
      const overlapping = restored.query(
        `insert into appointment select 'appt_again', beautician_id, 'held', blocked, address, null from appointment where id = 'appt_1'`,
      )
      await expect(overlapping).rejects.toMatchObject({ code: "23P01" })
      const indexes = await restored.query(`select indexname from pg_indexes where tablename in ('content_entry', 'appointment') order by 1`)
      expect(indexes.rows.map((row) => row.indexname)).toEqual(expect.arrayContaining(["appointment_no_overlap", "appointment_status", "content_entry_title_trgm"]))
      const trigger = await restored.query(`select count(*)::int as n from pg_trigger where tgname = 'appointment_changed'`)
      expect(trigger.rows[0].n).toBe(1)
      const found = await restored.query(`select count(*)::int as n from content_entry where title % '精油推拿 第 12 篇'`)
      expect(found.rows[0].n).toBeGreaterThan(0)
    } finally {
      await restored.end()
    }
  })
})
