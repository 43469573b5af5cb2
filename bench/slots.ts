/**
 * `npm run bench:slots` — availability and holds at city scale, measured in one run:
 * synthetic Shanghai with 10,000 beauticians and 1,000,000 appointments over 60 days.
 * Prints HTTP p50/p95 beside the same reads in plain SQL, throughput, commerce RSS,
 * and holds per second with an overlap count. Not part of `npm test`.
 */
import { spawn } from "node:child_process"
import { once } from "node:events"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { haversineKm } from "@doorstep/booking-core"
import { DateTime } from "luxon"
import { Client } from "pg"
import { commerceHeapOption, NO_PHONING_HOME } from "../scripts/lib/apps"
import { builds, isCurrent, markBuilt } from "../scripts/lib/builds"
import { runLogged, waitForHttp } from "../scripts/lib/children"
import { embeddedServer } from "../scripts/lib/database"
import { onExit, runMain } from "../scripts/lib/main"
import { ROOT, workspace } from "../scripts/lib/paths"
import { freePort } from "../scripts/lib/ports"
import { step } from "../scripts/lib/progress"
import { ACTIVE, beauticiansServing, freeStarts, growCity, sqlCalendarBatch, sqlChangeLogRead } from "./synthetic-city"

const BEAUTICIANS = Number(process.env.BENCH_BEAUTICIANS ?? 10_000)
const APPOINTMENTS_EACH = Number(process.env.BENCH_APPOINTMENTS_EACH ?? 100)
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200)
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10)
const CONCURRENCY = 16
const ZONE = "Asia/Shanghai"
const CENTRE = { lat: 31.2304, lng: 121.4737 }

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6

async function timed(times: number, run: () => Promise<void>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint()
    await run()
    samples.push(ms(start))
  }
  return samples
}

/** `CONCURRENCY` loops for `LOAD_SECONDS`; returns completed requests per second and the statuses seen. */
async function load(request: () => Promise<number>) {
  const deadline = Date.now() + LOAD_SECONDS * 1000
  const statuses = new Map<number, number>()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        const status = await request()
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
      }
    }),
  )
  const total = [...statuses.values()].reduce((a, b) => a + b, 0)
  return { perSecond: total / LOAD_SECONDS, statuses }
}

const rssMib = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024

runMain(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "doorstep-bench-"))
  fs.chmodSync(dir, 0o755)
  onExit(async () => fs.rmSync(dir, { recursive: true, force: true }))
  const server = await step("Starting a throwaway PostgreSQL", async () =>
    embeddedServer({ dataDir: path.join(dir, "pg"), port: await freePort(), throwaway: true, logFile: path.join(dir, "pg.log") }),
  )
  onExit(() => server.stop())
  await server.ensureDatabase("bench")
  const databaseUrl = server.urlFor("bench")
  // Commerce loads every plugin, so all of them (booking-core first) must be built and current.
  const buildEnv = { ...process.env, ...NO_PHONING_HOME }
  for (const build of builds({ env: buildEnv, cmsEnv: buildEnv, adminEnv: buildEnv }).filter((b) => b.sources.startsWith(path.join(ROOT, "plugins")))) {
    if (isCurrent(build)) continue
    await step(`Building ${build.name}`, () => runLogged(build.spec, path.join(dir, "build.log")))
    markBuilt(build)
  }
  // As `npm start` does: the local WeChat Pay and Alipay simulators, whose env lets production commerce use them
  // (the seed refuses to set up a region without a gateway). Imported only now: they load booking-core's build.
  const { startLocalGateways } = await import("../scripts/lib/payments.js")
  const port = await freePort()
  const gateways = await step("Starting the WeChat Pay and Alipay simulators", async () =>
    startLocalGateways(`http://127.0.0.1:${port}`, { wechatpay: await freePort(), alipay: await freePort() }),
  )
  onExit(() => gateways.stop())
  const env = { ...process.env, ...NO_PHONING_HOME, ...gateways.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", JWT_SECRET: "bench", COOKIE_SECRET: "bench", LOG_LEVEL: "error" }
  const commerce = workspace("commerce")
  const medusa = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")
  await step("Migrating", () => runLogged({ name: "migrate", command: process.execPath, args: [medusa, "db:migrate"], cwd: commerce, env }, path.join(dir, "migrate.log")))
  const seedOutput = path.join(dir, "seed.json")
  await step("Seeding the demo store", () =>
    runLogged({ name: "seed", command: "npm", args: ["run", "seed"], cwd: commerce, env: { ...env, DOORSTEP_SEED_OUTPUT: seedOutput } }, path.join(dir, "seed.log")),
  )
  const { publishable_key: publishableKey } = JSON.parse(fs.readFileSync(seedOutput, "utf8"))

  const db = new Client({ connectionString: databaseUrl })
  await db.connect()
  onExit(() => db.end())
  const city = await step(`Generating ${BEAUTICIANS.toLocaleString()} beauticians and ${(BEAUTICIANS * APPOINTMENTS_EACH).toLocaleString()} appointments`, () =>
    growCity(db, { beauticians: BEAUTICIANS, appointmentsEach: APPOINTMENTS_EACH, zone: ZONE }),
  )

  // BENCH_PROFILE=<dir> writes a CPU profile of commerce there when it stops.
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(process.env.BENCH_PROFILE)] : []
  // The same heap limit as `npm start` gives commerce.
  const app = spawn(process.execPath, [...profile, commerceHeapOption(process.env), medusa, "start"], { cwd: commerce, env: { ...env, PORT: String(port), HOST: "127.0.0.1" }, stdio: ["ignore", fs.openSync(path.join(dir, "commerce.log"), "a"), "inherit"] })
  onExit(async () => {
    app.kill("SIGTERM")
    await Promise.race([once(app, "exit"), new Promise((resolve) => setTimeout(resolve, 10_000))])
  })
  const base = `http://127.0.0.1:${port}`
  await step("Starting commerce", () => waitForHttp(`${base}/health`, 120_000))

  // Customers at different addresses across the city, each asking about tomorrow.
  const day = DateTime.now().setZone(ZONE).plus({ days: 1 }).toISODate()!
  const addresses = Array.from({ length: 64 }, (_, i) => (i === 0 ? CENTRE : { lat: 31.05 + Math.random() * 0.35, lng: 121.25 + Math.random() * 0.45 }))
  const urlFor = (i: number) => `${base}/store/availability?variant_id=${city.variantId}&lat=${addresses[i % addresses.length].lat}&lng=${addresses[i % addresses.length].lng}&date=${day}`
  const headers = { "x-publishable-api-key": publishableKey }
  const first = (await (await fetch(urlFor(0), { headers })).json()) as { slots: Array<{ beautician_ids: string[] }> }
  const serving = await beauticiansServing(db, { productId: city.productId, centre: CENTRE })
  const named = first.slots.reduce((sum, s) => sum + s.beautician_ids.length, 0) / Math.max(1, first.slots.length)

  let next = 0
  const get = async () => {
    const response = await fetch(urlFor(next++), { headers })
    await response.arrayBuffer()
    return response.status
  }
  await timed(20, async () => void (await get()))
  const http = await timed(SAMPLES, async () => void (await get()))
  const window = DateTime.fromISO(day, { zone: ZONE })
  const nearestTo = (point: { lat: number; lng: number }) =>
    [...city.beauticians].sort((a, b) => haversineKm(a, point) - haversineKm(b, point)).slice(0, 48).map((b) => b.id)
  const nearest = addresses.map(nearestTo)
  let since = await sqlChangeLogRead(db, "0")
  const sql = await timed(SAMPLES, async () => void (since = await sqlChangeLogRead(db, since)))
  const uncached = await timed(SAMPLES, async () => {
    await sqlCalendarBatch(db, { beauticianIds: nearest[next++ % addresses.length], from: window.minus({ days: 1 }).toJSDate(), until: window.plus({ days: 2 }).toJSDate() })
  })
  const throughput = await load(get)
  // The framework's own ceiling: a store route that does no work, through the same middleware.
  const ceiling = await load(async () => {
    const response = await fetch(`${base}/store/booking-rules`, { headers })
    await response.arrayBuffer()
    return response.status
  })
  const rss = rssMib(app.pid!)

  // Holds: a customer holds random beauticians at random times in their shift, 16 at a time.
  const email = `bench-${Date.now()}@doorstep.local`
  const registration = await (await fetch(`${base}/auth/customer/emailpass/register`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: "Bench2026!" }) })).json() as { token: string }
  await fetch(`${base}/store/customers`, { method: "POST", headers: { ...headers, "content-type": "application/json", authorization: `Bearer ${registration.token}` }, body: JSON.stringify({ email }) })
  const { token } = await (await fetch(`${base}/auth/customer/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: "Bench2026!" }) })).json() as { token: string }
  // The framework's ceiling for a signed-in customer's request: a built-in route that reads one row.
  const signedInCeiling = await load(async () => {
    const response = await fetch(`${base}/store/customers/me`, { headers: { ...headers, authorization: `Bearer ${token}` } })
    await response.arrayBuffer()
    return response.status
  })
  // Holds: a customer holds free times of random beauticians, each time once, 16 at a time.
  const starts = await freeStarts(db, { count: 20_000, zone: ZONE })
  let nextStart = 0
  const holds = await load(async () => {
    const { beauticianId, lat, lng, start } = starts[nextStart++ % starts.length]
    const response = await fetch(`${base}/store/appointments`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        variant_id: city.variantId,
        start,
        beautician_id: beauticianId,
        address: { line1: "基准测试路 1 号", city: "上海", district: "黄浦区", lat: lat + 0.002, lng: lng + 0.002, contact_name: "测试", contact_phone: "+8613800000000" },
      }),
    })
    await response.arrayBuffer()
    return response.status
  })
  const overlaps = (await db.query(`
    select count(*)::int as n from appointment a join appointment b
      on a.beautician_id = b.beautician_id and a.id < b.id
     and tstzrange(a.blocked_from, a.blocked_until, '[)') && tstzrange(b.blocked_from, b.blocked_until, '[)')
     where a.status in ${ACTIVE} and b.status in ${ACTIVE} and (a.status = 'held' or b.status = 'held')`)).rows[0].n

  const row = (name: string, value: string, target: string) => `${name.padEnd(44)} ${value.padStart(14)}   ${target}`
  const created = holds.statuses.get(201) ?? 0
  process.stdout.write(
    [
      "",
      `synthetic Shanghai: ${BEAUTICIANS.toLocaleString()} beauticians, ${(BEAUTICIANS * APPOINTMENTS_EACH).toLocaleString()} appointments over 60 days; ${serving} of them serve the city centre; availability for 64 addresses on ${day} names ${named.toFixed(1)} beauticians per slot at the centre`,
      row("measure", "value", "target"),
      row("availability over HTTP, p50", `${percentile(http, 50).toFixed(1)} ms`, ""),
      row("availability over HTTP, p95", `${percentile(http, 95).toFixed(1)} ms`, "≤ 25 ms"),
      row("its SQL on every request (change log), p50", `${percentile(sql, 50).toFixed(1)} ms`, ""),
      row("its SQL on every request (change log), p95", `${percentile(sql, 95).toFixed(1)} ms`, "lower bound"),
      row("calendars of 48 read without memory, p50", `${percentile(uncached, 50).toFixed(1)} ms`, "(a cache miss)"),
      row("HTTP ÷ SQL (p50)", `${(percentile(http, 50) / percentile(sql, 50)).toFixed(1)}×`, ""),
      row(`availability throughput (${CONCURRENCY} concurrent)`, `${throughput.perSecond.toFixed(0)} req/s`, "≥ 300 req/s"),
      row(`an empty store route, same load (ceiling)`, `${ceiling.perSecond.toFixed(0)} req/s`, ""),
      row("commerce RSS after load", `${rss.toFixed(0)} MiB`, "< 1024 MiB"),
      row("a signed-in store route, same load (ceiling)", `${signedInCeiling.perSecond.toFixed(0)} req/s`, ""),
      row(`holds created (${CONCURRENCY} concurrent)`, `${(created / LOAD_SECONDS).toFixed(0)} /s`, "≥ 200 /s"),
      row("hold answers", [...holds.statuses].map(([s, n]) => `${s}×${n}`).join(" "), ""),
      row("overlapping active appointments", String(overlaps), "0"),
      "",
    ].join("\n"),
  )
})
