/**
 * `npm run bench:slots` — availability and holds on a synthetic Shanghai at two
 * sizes in one run (200,000 and 1,000,000 appointments over 60 days by default),
 * each against a freshly started commerce, run as `npm start` runs it: `medusa
 * start` in production mode with the local WeChat Pay and Alipay simulators.
 * Throughput is reported as median ratios to the framework's own ceiling routes
 * over interleaved rounds; absolute figures on this shared machine are noise.
 *
 * Exits 1 when something is broken (setup fails, a route answers 5xx or what it
 * never should, no hold is created, appointments overlap), never for a missed target.
 *
 *   BENCH_SIZES=200000,1000000   appointments per size, ascending; the city grows between them
 *   BENCH_APPOINTMENTS_EACH=100  visits per beautician over 60 days (beauticians = size ÷ this)
 *   BENCH_ROUNDS=10 BENCH_WINDOW_SECONDS=2 BENCH_CONCURRENCY=16 BENCH_SAMPLES=200
 *   BENCH_PROFILE=<dir>          CPU profiles of commerce, one per size
 *   BENCH_TOPOLOGY=cluster       at each size, after one commerce, the same rounds against two commerce
 *                                servers (requests alternating) and a worker over Redis (`npm run start:cluster`'s shape)
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { DateTime } from "luxon"
import { Client } from "pg"
import { NO_PHONING_HOME } from "../scripts/lib/apps"
import { codeBuilds, isCurrent, markBuilt } from "../scripts/lib/builds"
import { runLogged } from "../scripts/lib/children"
import { embeddedServer } from "../scripts/lib/database"
import { SetupError } from "../scripts/lib/errors"
import { onExit, runMain } from "../scripts/lib/main"
import { migrateAndSeedCommerce } from "../scripts/lib/platform"
import { startLocalGateways } from "../scripts/lib/payments"
import { freePort } from "../scripts/lib/ports"
import { step } from "../scripts/lib/progress"
import { startRedis } from "../scripts/lib/redis"
import { customerToken, startCommerce, type RunningCommerce } from "./commerce"
import { measureSize, type BenchTarget, type SizeFigures } from "./slots-measure"
import { slotsReport } from "./slots-report"
import { growCity } from "./synthetic-city"

const ZONE = "Asia/Shanghai"
const CENTRE = { lat: 31.2304, lng: 121.4737 }

function settings(env: NodeJS.ProcessEnv) {
  for (const gone of ["BENCH_BEAUTICIANS", "BENCH_LOAD_SECONDS"]) {
    if (env[gone]) throw new SetupError(`${gone} is no longer read: set BENCH_SIZES (appointments per size) and BENCH_ROUNDS / BENCH_WINDOW_SECONDS.`)
  }
  const positive = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback)
    if (!(value > 0)) throw new SetupError(`${name}=${env[name]} is not a positive number.`)
    return value
  }
  const appointmentsEach = positive("BENCH_APPOINTMENTS_EACH", 100)
  const sizes = (env.BENCH_SIZES ?? "200000,1000000").split(",").map((s) => Number(s.trim()))
  if (sizes.some((s, i) => !Number.isInteger(s / appointmentsEach) || s <= 0 || (i > 0 && s <= sizes[i - 1]))) {
    throw new SetupError(`BENCH_SIZES=${env.BENCH_SIZES} must be ascending multiples of BENCH_APPOINTMENTS_EACH (${appointmentsEach}).`)
  }
  return {
    sizes,
    appointmentsEach,
    samples: positive("BENCH_SAMPLES", 200),
    rounds: positive("BENCH_ROUNDS", 10),
    windowSeconds: positive("BENCH_WINDOW_SECONDS", 2),
    concurrency: positive("BENCH_CONCURRENCY", 16),
    profileDir: env.BENCH_PROFILE,
    cluster: topology(env.BENCH_TOPOLOGY),
  }
}

function topology(value: string | undefined): boolean {
  if (value === undefined || value === "" || value === "single") return false
  if (value === "cluster") return true
  throw new SetupError(`BENCH_TOPOLOGY=${value}: choose single (the default) or cluster.`)
}

/** Two commerce servers and a worker over Redis, as `npm run start:cluster` runs them; stopped together. */
async function startBenchCluster(env: NodeJS.ProcessEnv, redisUrl: string, logFile: (name: string) => string): Promise<{ target: BenchTarget; stop(): Promise<void> }> {
  const shared = { ...env, REDIS_URL: redisUrl }
  const processes = await Promise.all([
    startCommerce({ env: { ...shared, MEDUSA_WORKER_MODE: "server" }, port: await freePort(), logFile: logFile("server-1") }),
    startCommerce({ env: { ...shared, MEDUSA_WORKER_MODE: "server" }, port: await freePort(), logFile: logFile("server-2") }),
    startCommerce({ env: { ...shared, MEDUSA_WORKER_MODE: "worker" }, port: await freePort(), logFile: logFile("worker") }),
  ])
  return {
    target: { topology: "2 servers + worker", bases: processes.slice(0, 2).map((p) => p.base), pids: processes.map((p) => p.pid) },
    stop: async () => {
      await Promise.all(processes.map((p) => p.stop()))
    },
  }
}

runMain(async () => {
  const bench = settings(process.env)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "doorstep-bench-"))
  fs.chmodSync(dir, 0o755)
  onExit(async () => fs.rmSync(dir, { recursive: true, force: true }))
  const server = await step("Starting a throwaway PostgreSQL", async () =>
    embeddedServer({ dataDir: path.join(dir, "pg"), port: await freePort(), throwaway: true, logFile: path.join(dir, "pg.log") }),
  )
  onExit(() => server.stop())
  await server.ensureDatabase("bench")
  const databaseUrl = server.urlFor("bench")

  // Commerce loads every plugin, so all of them (and booking-core first) must be built and current.
  const buildEnv = { ...process.env, ...NO_PHONING_HOME }
  for (const build of codeBuilds(buildEnv)) {
    if (isCurrent(build)) continue
    await step(`Building ${build.name}`, () => runLogged(build.spec, path.join(dir, "build.log")))
    markBuilt(build)
  }

  // As `npm start` does: local payment simulators, whose env lets production commerce use them (and the seed set up its region).
  const port = await freePort()
  const gateways = await step("Starting the WeChat Pay and Alipay simulators", async () =>
    startLocalGateways(`http://127.0.0.1:${port}`, { wechatpay: await freePort(), alipay: await freePort() }, "http://127.0.0.1:8000"),
  )
  onExit(() => gateways.stop())
  const env = {
    ...process.env,
    ...NO_PHONING_HOME,
    ...gateways.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    JWT_SECRET: "bench",
    COOKIE_SECRET: "bench",
    LOG_LEVEL: "error",
    // One bench customer stands for a city's customers: their holds are not one person's.
    DOORSTEP_LIVE_HOLDS_PER_CUSTOMER: "1000000",
  }
  const { publishable_key: publishableKey } = await migrateAndSeedCommerce({ ...env, DOORSTEP_SEED_OUTPUT: path.join(dir, "seed.json") }, (name) => path.join(dir, `${name}.log`))

  const db = new Client({ connectionString: databaseUrl })
  await db.connect()
  onExit(() => db.end())
  const redis = bench.cluster ? await step("Starting redis-server", async () => startRedis({ dir: path.join(dir, "redis"), port: await freePort(), logFile: path.join(dir, "redis.log") })) : undefined
  if (redis) onExit(() => redis.stop())
  const redisUrl = redis?.url
  // Stopped before Redis, which they use.
  let commerce: RunningCommerce | undefined
  onExit(async () => commerce?.stop())
  let stopCluster: (() => Promise<void>) | undefined
  onExit(async () => stopCluster?.())

  const addresses = Array.from({ length: 64 }, (_, i) => (i === 0 ? CENTRE : { lat: 31.05 + Math.random() * 0.35, lng: 121.25 + Math.random() * 0.45 }))
  const customer = { email: `bench-${Date.now()}@doorstep.local`, password: "Bench2026!" }
  const figures: SizeFigures[] = []
  for (const appointments of bench.sizes) {
    const beauticians = appointments / bench.appointmentsEach
    const city = await step(`Growing the city to ${beauticians.toLocaleString()} beauticians, ${appointments.toLocaleString()} appointments (then VACUUM ANALYZE)`, () =>
      growCity(db, { beauticians, appointmentsEach: bench.appointmentsEach, zone: ZONE }),
    )
    // A fresh commerce per size: the bulk load bypassed the triggers that keep its in-memory roster current.
    const logFile = path.join(dir, `commerce-${appointments}.log`)
    commerce = await step("Starting commerce", () => startCommerce({ env, port, logFile, profileDir: bench.profileDir }))
    const token = await customerToken(commerce.base, publishableKey, customer.email, customer.password)
    const running = commerce
    const measureOn = (target: BenchTarget) =>
      step(`Measuring at ${appointments.toLocaleString()} appointments (${target.topology})`, () =>
        measureSize(db, target, { publishableKey, token, city, appointments }, { ...bench, zone: ZONE, centre: CENTRE, addresses }),
      )
    figures.push(await measureOn({ topology: "one server", bases: [running.base], pids: [running.pid] }))
    await commerce.stop()
    commerce = undefined
    if (redisUrl) {
      const cluster = await step("Starting 2 commerce servers and a worker", () =>
        startBenchCluster(env, redisUrl, (name) => path.join(dir, `commerce-${appointments}-${name}.log`)),
      )
      stopCluster = () => cluster.stop()
      figures.push(await measureOn(cluster.target))
      await cluster.stop()
      stopCluster = undefined
    }
  }

  const day = DateTime.now().setZone(ZONE).plus({ days: 1 }).toISODate()!
  process.stdout.write(slotsReport(figures, { ...bench, day }))
  const problems = figures.flatMap((f) => f.problems.map((p) => `at ${f.appointments.toLocaleString()} appointments: ${p}`))
  if (problems.length === 0) return 0
  // The logs go with the throwaway folder on exit: what commerce said last goes with the verdict.
  const logTails = bench.sizes.map((size) => {
    const lines = fs.readFileSync(path.join(dir, `commerce-${size}.log`), "utf8").trimEnd().split("\n").slice(-20)
    return `last lines of commerce's log at ${size.toLocaleString()} appointments:\n${lines.join("\n")}`
  })
  process.stderr.write(`\n${logTails.join("\n\n")}\n\n✖ Broken, not merely slow:\n${problems.map((p) => `  ${p}`).join("\n")}\n`)
  return 1
})
