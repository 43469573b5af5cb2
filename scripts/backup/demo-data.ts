/**
 * `npm test -- backup`: docs/operations.md's backup and restore, run as written on
 * the demo data itself. Commerce's migrations and demo seed run on a PostgreSQL of
 * the client tools' own version (Debian's; the embedded server is newer than any
 * pg_dump here, and pg_dump refuses a newer server). The database is dumped in
 * custom format, restored into a fresh one, and every table's rows compared; then
 * commerce, started on the copy, serves the catalogue, signs the demo customer in
 * and lists their appointments, and the copy still refuses a double booking.
 *
 * A script, not a jest file, for the same reason as the fault scripts: it starts
 * a real commerce from the built plugins, after the commerce suite built them.
 */
import assert from "node:assert/strict"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import { customerToken } from "../../bench/commerce"
import { NO_PHONING_HOME } from "../lib/apps"
import { startCommerce } from "../lib/commerce-process"
import { onExit, runMain } from "../lib/main"
import { ROOT, SEED_DIR } from "../lib/paths"
import { pgTools, startCluster } from "../lib/pg-tools"
import { migrateAndSeedCommerce } from "../lib/platform"
import { freePort } from "../lib/ports"
import { step } from "../lib/progress"

const ROW_COUNTS = path.join(ROOT, "scripts", "backup", "row-counts.sql")

runMain(async () => {
  const tools = pgTools()
  const cluster = await step(`Starting PostgreSQL ${tools.major} (its own pg_dump)`, async () => startCluster(tools, await freePort()))
  onExit(async () => cluster.stop())
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "doorstep-backup-"))
  onExit(async () => fs.rmSync(dir, { recursive: true, force: true }))
  const logs = (name: string) => path.join(dir, `${name}.log`)
  const psql = (...args: string[]) => tools.run("psql", ["--no-psqlrc", "-q", "-At", "-F", " ", ...args])
  psql(cluster.url("postgres"), "-c", "create database doorstep_commerce")

  const env = {
    ...process.env,
    ...NO_PHONING_HOME,
    DATABASE_URL: cluster.url("doorstep_commerce"),
    NODE_ENV: "development",
    JWT_SECRET: "doorstep-backup-test",
    COOKIE_SECRET: "doorstep-backup-test",
    LOG_LEVEL: "error",
    DOORSTEP_SEED_DIR: process.env.DOORSTEP_SEED_DIR ?? SEED_DIR,
    DOORSTEP_SEED_OUTPUT: path.join(dir, "seed.json"),
  }
  const seed = await migrateAndSeedCommerce(env, logs)

  // The documented commands, as an operator types them.
  const dump = path.join(dir, "doorstep_commerce.dump")
  const before = psql("-d", cluster.url("doorstep_commerce"), "-f", ROW_COUNTS)
  await step("pg_dump --format=custom, then pg_restore into a fresh database", async () => {
    tools.run("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, cluster.url("doorstep_commerce")])
    assert.match(tools.run("pg_restore", ["--list", dump]), /TABLE DATA/)
    psql(cluster.url("postgres"), "-c", "create database doorstep_commerce_restored")
    tools.run("pg_restore", ["--no-owner", "--exit-on-error", "--single-transaction", "-d", cluster.url("doorstep_commerce_restored"), dump])
  })
  const after = psql("-d", cluster.url("doorstep_commerce_restored"), "-f", ROW_COUNTS)
  const tables = before.trim().split("\n")
  const rows = tables.reduce((sum, line) => sum + Number(line.split(" ")[1]), 0)
  assert.equal(after, before, "every table of the restored copy has the rows it had")
  assert.ok(tables.length > 100 && rows > 1000, `the demo data is all there (${tables.length} tables, ${rows} rows)`)

  // The copy is a working commerce, not only the same counts.
  const commerce = await step("Starting commerce on the restored copy", async () =>
    startCommerce({ env: { ...env, DATABASE_URL: cluster.url("doorstep_commerce_restored") }, port: await freePort(), logFile: logs("commerce") }),
  )
  onExit(() => commerce.stop())
  const store = { "x-publishable-api-key": seed.publishable_key }
  const products = (await (await fetch(`${commerce.base}/store/products?limit=1&fields=id`, { headers: store })).json()) as { count: number }
  const published = psql("-d", cluster.url("doorstep_commerce"), "-c", `select count(*) from "product" where "status" = 'published' and "deleted_at" is null`)
  assert.equal(products.count, Number(published), "the catalogue answers with every published service")
  const accounts = JSON.parse(fs.readFileSync(path.join(env.DOORSTEP_SEED_DIR, "accounts.json"), "utf8")) as { customer: { email: string; password: string } }
  const token = await customerToken(commerce.base, seed.publishable_key, accounts.customer.email, accounts.customer.password)
  const appointments = await fetch(`${commerce.base}/store/appointments`, { headers: { ...store, authorization: `Bearer ${token}` } })
  assert.equal(appointments.status, 200, "the demo customer signs in and sees their appointments")

  const restored = new Client({ connectionString: cluster.url("doorstep_commerce_restored") })
  await restored.connect()
  try {
    // A live visit's row again under another id: the exclusion constraint must refuse it.
    const twice = restored.query(
      `insert into "appointment" select (jsonb_populate_record(null::"appointment", to_jsonb("a") || '{"id": "appt_backup_again"}')).*
         from "appointment" "a" where "status" in ('confirmed', 'assigned') and "deleted_at" is null limit 1`,
    )
    await assert.rejects(twice, (error: { code?: string }) => error.code === "23P01")
    const guard = await restored.query(`select count(*)::int as "n" from "pg_constraint" where "conname" = 'appointment_no_overlap'`)
    assert.equal(guard.rows[0].n, 1, "the no-double-booking constraint came back with the copy")
  } finally {
    await restored.end()
  }
  process.stdout.write(`✔ the demo data (${tables.length} tables, ${rows} rows) dumped, restored with every row, and served by commerce from the copy\n`)
})
