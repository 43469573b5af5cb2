/**
 * `npm run bench:admin` — the back office's lists, timed on the server at two
 * sizes in one run: the demo data as `npm start` seeds it, then the same
 * studios with `BENCH_ADMIN_APPOINTMENTS` appointments (bench/admin-data.ts),
 * each against a freshly started commerce (in development mode, as `npm
 * start` runs it with the demo's logins) on a throwaway PostgreSQL.
 *
 * Every list route is asked as the staff member who uses it — the demo
 * studio manager for their studio's screens, the platform admin for the
 * platform's — one request at a time after a warm-up; each time is a whole
 * loopback round trip (request sent to answer read), so at most a hair above
 * the server's own. Prints p50, p95 and max per route and size against the
 * 100 ms target (issue 18), and writes the same as JSON and markdown.
 * Exits 1 when something is broken (setup fails, a route answers other than
 * 200), never for a missed target.
 *
 *   BENCH_ADMIN_APPOINTMENTS=10000  appointments at the second size
 *   BENCH_ADMIN_SAMPLES=60          timed requests per route and size (after BENCH_ADMIN_WARMUP=5)
 *   BENCH_ADMIN_JSON=<file>         where the result goes (artifacts/bench/admin-lists.json; .md beside it)
 *   BENCH_ADMIN_PORTS=<first>       the first of two ports to use (PostgreSQL, commerce); else free ones
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { DateTime } from "luxon"
import { Client } from "pg"
import { commerceEnv, NO_PHONING_HOME, type AppPorts } from "../scripts/lib/apps"
import { codeBuilds, isCurrent, markBuilt } from "../scripts/lib/builds"
import { runLogged } from "../scripts/lib/children"
import { embeddedServer } from "../scripts/lib/database"
import { SetupError } from "../scripts/lib/errors"
import { onExit, runMain } from "../scripts/lib/main"
import { migrateAndSeedCommerce } from "../scripts/lib/platform"
import { ROOT, SEED_DIR } from "../scripts/lib/paths"
import { freePort } from "../scripts/lib/ports"
import { step } from "../scripts/lib/progress"
import { loadSecrets } from "../scripts/lib/secrets"
import { growDemo } from "./admin-data"
import { startCommerce, type RunningCommerce } from "./commerce"
import { percentile } from "./interleaved"

const ZONE = "Asia/Shanghai"
const TARGET_P95_MS = 100
/** The demo studio whose manager signs in (scripts/seed/data/accounts.json). */
const STUDIO = "jingan-lumiere"

function settings(env: NodeJS.ProcessEnv) {
  const whole = (name: string, fallback: number, min = 1) => {
    const value = Number(env[name] ?? fallback)
    if (!Number.isInteger(value) || value < min) throw new SetupError(`${name}=${env[name]} is not a whole number ≥ ${min}.`)
    return value
  }
  const jsonFile = path.resolve(env.BENCH_ADMIN_JSON ?? path.join(ROOT, "artifacts", "bench", "admin-lists.json"))
  return {
    appointments: whole("BENCH_ADMIN_APPOINTMENTS", 10_000),
    samples: whole("BENCH_ADMIN_SAMPLES", 60),
    warmUp: whole("BENCH_ADMIN_WARMUP", 5, 0),
    firstPort: env.BENCH_ADMIN_PORTS ? whole("BENCH_ADMIN_PORTS", 0, 1024) : undefined,
    jsonFile,
    markdownFile: jsonFile.replace(/\.json$/, "") + ".md",
  }
}

type Caller = "manager" | "platform"

/** One timed route: its label in the table, who asks, and the path (built once per size from what the data holds). */
interface RouteCase {
  label: string
  as: Caller
  path: (size: SizeData) => string | string[]
}

/** What a size's paths need: a beautician with many visits, appointments to open, the last page's offset. */
interface SizeData {
  beauticianId: string
  appointmentIds: string[]
  lastPage: { manager: number; platform: number }
  today: string
}

const daysFrom = (today: string, days: number) => DateTime.fromISO(today, { zone: ZONE }).plus({ days }).toISODate()!

const ROUTES: RouteCase[] = [
  // The floor: a route that reads one row through the same sign-in and staff gate. On a busy machine every figure
  // below carries what this one does; a list's own cost is the difference.
  { label: "users/me (the framework's floor)", as: "manager", path: () => "/admin/users/me" },
  { label: "appointments", as: "manager", path: () => "/admin/appointments" },
  { label: "appointments ?status=confirmed,assigned", as: "manager", path: () => "/admin/appointments?status=confirmed,assigned" },
  { label: "appointments ?from&to (a week)", as: "manager", path: (d) => `/admin/appointments?from=${daysFrom(d.today, -3)}&to=${daysFrom(d.today, 3)}` },
  { label: "appointments ?beautician_id", as: "manager", path: (d) => `/admin/appointments?beautician_id=${d.beauticianId}` },
  { label: "appointments ?order=-created_at", as: "manager", path: () => "/admin/appointments?order=-created_at" },
  { label: "appointments, last page", as: "manager", path: (d) => `/admin/appointments?offset=${d.lastPage.manager}` },
  { label: "appointments (platform)", as: "platform", path: () => "/admin/appointments" },
  { label: "appointments, last page (platform)", as: "platform", path: (d) => `/admin/appointments?offset=${d.lastPage.platform}` },
  { label: "appointments/:id", as: "manager", path: (d) => d.appointmentIds.map((id) => `/admin/appointments/${id}`) },
  { label: "dispatch/queue", as: "manager", path: () => "/admin/dispatch/queue" },
  { label: "dispatch/queue (platform)", as: "platform", path: () => "/admin/dispatch/queue" },
  { label: "dispatch/positions", as: "manager", path: () => "/admin/dispatch/positions" },
  { label: "merchants/:handle/customers", as: "manager", path: () => `/admin/merchants/${STUDIO}/customers` },
  { label: "merchants/:handle/beauticians", as: "manager", path: () => `/admin/merchants/${STUDIO}/beauticians` },
  { label: "reports/dashboard", as: "manager", path: () => "/admin/reports/dashboard" },
  { label: "reports/dashboard (platform)", as: "platform", path: () => "/admin/reports/dashboard" },
  { label: "reports/revenue, 30 days", as: "manager", path: (d) => `/admin/reports/revenue?from=${daysFrom(d.today, -29)}&to=${d.today}` },
  { label: "reports/bookings, 30 days", as: "manager", path: (d) => `/admin/reports/bookings?from=${daysFrom(d.today, -29)}&to=${d.today}` },
  { label: "withdrawals (platform)", as: "platform", path: () => "/admin/withdrawals" },
  { label: "tickets (platform)", as: "platform", path: () => "/admin/tickets" },
  { label: "privacy/access-log (platform)", as: "platform", path: () => "/admin/privacy/access-log" },
]

interface RouteFigures {
  label: string
  as: Caller
  path: string
  samples: number[]
  /** Rows the list counted (its `count`), where it says. */
  count: number | null
}

interface SizeFigures {
  name: string
  appointments: number
  routes: RouteFigures[]
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6

/** Signs a demo staff member in; the bearer token their requests carry. */
async function staffToken(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) })
  const { token } = (await response.json().catch(() => ({}))) as { token?: string }
  if (!response.ok || !token) throw new SetupError(`Commerce did not sign ${email} in (${response.status}).`)
  return token
}

/** The rows a size's paths are built from. */
async function sizeData(db: Client, base: string, headers: Record<Caller, Record<string, string>>): Promise<SizeData> {
  const { rows: [busiest] } = await db.query(
    `select a.beautician_id, count(*) from appointment a join beautician b on b.id = a.beautician_id
      where b.merchant_handle = $1 and a.deleted_at is null group by 1 order by 2 desc, 1 limit 1`,
    [STUDIO],
  )
  // Appointments to open, of every status, the studio's: those with a timeline and money make the detail work hardest.
  const { rows: picked } = await db.query(
    `select a.id from appointment a join beautician b on b.id = a.beautician_id
      where b.merchant_handle = $1 and a.deleted_at is null order by md5(a.id) limit 20`,
    [STUDIO],
  )
  if (!busiest || picked.length === 0) throw new SetupError(`The demo studio ${STUDIO} has no appointments: did the seed run with its demo data?`)
  const lastPage = async (caller: Caller) => {
    const response = await fetch(`${base}/admin/appointments?limit=1`, { headers: headers[caller] })
    if (!response.ok) throw new SetupError(`GET /admin/appointments as the ${caller} answered ${response.status}: ${await response.text()}`)
    const { count } = (await response.json()) as { count: number }
    return Math.min(100_000, Math.max(0, Math.floor((count - 1) / 20) * 20))
  }
  return {
    beauticianId: busiest.beautician_id,
    appointmentIds: picked.map((row) => row.id),
    lastPage: { manager: await lastPage("manager"), platform: await lastPage("platform") },
    today: DateTime.now().setZone(ZONE).toISODate()!,
  }
}

/** Each route in turn: a warm-up, then `samples` requests one at a time, each read to its end. */
async function measure(base: string, data: SizeData, headers: Record<Caller, Record<string, string>>, bench: { samples: number; warmUp: number }, problems: string[]) {
  const figures: RouteFigures[] = []
  for (const route of ROUTES) {
    const paths = [route.path(data)].flat()
    let count: number | null = null
    const ask = async (i: number) => {
      const url = `${base}${paths[i % paths.length]}`
      const start = process.hrtime.bigint()
      const response = await fetch(url, { headers: headers[route.as] })
      const body = await response.text()
      const took = ms(start)
      if (response.status !== 200) {
        problems.push(`${route.label}: GET ${paths[i % paths.length]} as the ${route.as} answered ${response.status}: ${body.slice(0, 200)}`)
      } else if (count === null) {
        const parsed = JSON.parse(body) as { count?: unknown }
        if (typeof parsed.count === "number") count = parsed.count
      }
      return took
    }
    for (let i = 0; i < bench.warmUp; i++) await ask(i)
    const samples: number[] = []
    for (let i = 0; i < bench.samples; i++) samples.push(await ask(i))
    figures.push({ label: route.label, as: route.as, path: paths[0], samples, count })
  }
  return figures
}

const summary = (samples: number[]) => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) })
const fixed = (n: number) => n.toFixed(1)

function table(sizes: SizeFigures[], samples: number) {
  const [small, big] = sizes
  const head = `| route | as | ${sizes.map((s) => `${s.name}: p50 / p95 / max (ms)`).join(" | ")} | rows at ${big.name} | target p95 | ${big.name} |`
  const rule = `|---|---|${sizes.map(() => "---:").join("|")}|---:|---:|---|`
  const lines = small.routes.map((route, i) => {
    const cells = sizes.map((size) => {
      const s = summary(size.routes[i].samples)
      return `${fixed(s.p50)} / **${fixed(s.p95)}** / ${fixed(s.max)}`
    })
    const p95 = summary(big.routes[i].samples).p95
    return `| ${route.label} | ${route.as} | ${cells.join(" | ")} | ${big.routes[i].count ?? ""} | ≤ ${TARGET_P95_MS} | ${p95 <= TARGET_P95_MS ? "pass" : "**miss**"} |`
  })
  const missed = big.routes.filter((r) => summary(r.samples).p95 > TARGET_P95_MS).length
  return [
    `Back-office lists, server time per request (loopback round trip, sequential, ${samples} requests each after a warm-up)`,
    `${sizes.map((s) => `${s.name} = ${s.appointments.toLocaleString("en-US")} appointments`).join("; ")}; studio manager of ${STUDIO}, or the platform admin`,
    "",
    head,
    rule,
    ...lines,
    "",
    missed === 0 ? `Every list's p95 is within ${TARGET_P95_MS} ms at ${big.name}.` : `${missed} of ${big.routes.length} lists miss ${TARGET_P95_MS} ms at ${big.name}.`,
    "",
  ].join("\n")
}

/** The first of the bench's ports, or free ones. */
function portsFrom(first: number | undefined) {
  let next = first
  return async () => (next === undefined ? await freePort() : next++)
}

runMain(async () => {
  const bench = settings(process.env)
  const port = portsFrom(bench.firstPort)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "doorstep-bench-admin-"))
  fs.chmodSync(dir, 0o755)
  onExit(async () => fs.rmSync(dir, { recursive: true, force: true }))
  const logDir = path.join(path.dirname(bench.jsonFile), "admin-lists-logs")
  fs.rmSync(logDir, { recursive: true, force: true })
  fs.mkdirSync(logDir, { recursive: true })
  const logFile = (name: string) => path.join(logDir, `${name}.log`)

  const server = await step("Starting a throwaway PostgreSQL", async () => embeddedServer({ dataDir: path.join(dir, "pg"), port: await port(), throwaway: true, logFile: logFile("postgres") }))
  onExit(() => server.stop())
  await server.ensureDatabase("bench")
  const databaseUrl = server.urlFor("bench")
  const buildEnv = { ...process.env, ...NO_PHONING_HOME }
  for (const build of codeBuilds(buildEnv)) {
    if (isCurrent(build)) continue
    await step(`Building ${build.name}`, () => runLogged(build.spec, logFile("build")))
    markBuilt(build)
  }

  // As `npm start` runs commerce: development mode (production refuses the demo's logins), its env, the demo seeded.
  const commercePort = await port()
  const ports: AppPorts = { commerce: commercePort, storefront: commercePort, cms: commercePort, admin: commercePort }
  const env = {
    ...commerceEnv({ ...process.env, NODE_ENV: "development" }, ports, databaseUrl, loadSecrets({}, dir)),
    DOORSTEP_SEED_OUTPUT: path.join(dir, "commerce-seed.json"),
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
  }
  await migrateAndSeedCommerce(env, logFile)

  const accounts = JSON.parse(fs.readFileSync(path.join(process.env.DOORSTEP_SEED_DIR ?? SEED_DIR, "accounts.json"), "utf8")) as {
    commerce_admin: { email: string; password: string }
    staff: Array<{ role: string; merchant_handle?: string; email: string; password: string }>
  }
  const manager = accounts.staff.find((s) => s.role === "merchant_manager" && s.merchant_handle === STUDIO)
  if (!manager) throw new SetupError(`The demo accounts have no manager of ${STUDIO}.`)

  const db = new Client({ connectionString: databaseUrl })
  await db.connect()
  onExit(() => db.end())
  let commerce: RunningCommerce | undefined
  onExit(async () => commerce?.stop())

  const problems: string[] = []
  const sizes: SizeFigures[] = []
  for (const size of ["demo", "grown"] as const) {
    if (size === "grown") {
      await step(`Adding appointments up to ${bench.appointments.toLocaleString("en-US")} over the demo studios (then VACUUM ANALYZE)`, () => growDemo(db, { appointments: bench.appointments, zone: ZONE }))
    }
    const appointments: number = (await db.query(`select count(*)::int as n from appointment where deleted_at is null`)).rows[0].n
    // A fresh commerce per size: the bulk load bypassed the triggers that keep its in-memory calendars current.
    commerce = await step("Starting commerce", () => startCommerce({ env, port: commercePort, logFile: logFile(`commerce-${size}`) }))
    const base = commerce.base
    const headers: Record<Caller, Record<string, string>> = {
      manager: { authorization: `Bearer ${await staffToken(base, manager.email, manager.password)}` },
      platform: { authorization: `Bearer ${await staffToken(base, accounts.commerce_admin.email, accounts.commerce_admin.password)}` },
    }
    const data = await sizeData(db, base, headers)
    const name = size === "demo" ? "demo" : `${Math.round(bench.appointments / 1000)}k`
    const routes = await step(`Timing ${ROUTES.length} lists at ${name} (${appointments.toLocaleString("en-US")} appointments)`, () =>
      measure(base, data, headers, bench, problems),
    )
    sizes.push({ name, appointments, routes })
    await commerce.stop()
    commerce = undefined
  }

  const report = table(sizes, bench.samples)
  process.stdout.write(`\n${report}`)
  fs.mkdirSync(path.dirname(bench.jsonFile), { recursive: true })
  const result = {
    bench: "admin-lists",
    measuredAt: new Date().toISOString(),
    targetP95Ms: TARGET_P95_MS,
    samples: bench.samples,
    warmUp: bench.warmUp,
    studio: STUDIO,
    sizes: sizes.map((size) => ({
      name: size.name,
      appointments: size.appointments,
      routes: size.routes.map((route) => ({ label: route.label, as: route.as, path: route.path, count: route.count, ...summary(route.samples), samples: route.samples.map((s) => Math.round(s * 10) / 10) })),
    })),
    problems,
  }
  fs.writeFileSync(bench.jsonFile, `${JSON.stringify(result, null, 2)}\n`)
  fs.writeFileSync(bench.markdownFile, report)
  process.stdout.write(`Result written to ${path.relative(process.cwd(), bench.jsonFile)} and ${path.relative(process.cwd(), bench.markdownFile)}; commerce's logs are in ${path.relative(process.cwd(), logDir)}/\n`)
  if (problems.length === 0) return 0
  process.stderr.write(`\n✖ Broken, not merely slow:\n${[...new Set(problems)].map((p) => `  ${p}`).join("\n")}\n`)
  return 1
})
