/**
 * `npm run bench:soak` — commerce under a steady, bounded load for a long while
 * (10 minutes by default), as `npm start` runs it (development mode, the local
 * WeChat Pay and Alipay simulators) on the demo data: browsing, availability,
 * holds, paid checkouts, cancellations, dispatch offers taken by the booked
 * beautician, and each job walked to completed on `/pro`. Prints per route the
 * throughput, p50 and p95 and the 4xx and 5xx counts; commerce's memory at
 * start, every ~30 s and at the end with its trend; and the overlapping
 * appointments left at the end (there must be none).
 *
 * Exits 1 on any 5xx, a refused connection, a journey step answered other than
 * a working store answers it, an overlap or a setup failure; never for a slow
 * figure (a request given up after 120 s is counted as slow, not broken).
 *
 *   BENCH_SOAK_SECONDS=600   how long the load runs
 *   BENCH_SOAK_SCALE=1       multiplies every route's rate
 */
import fs from "node:fs"
import path from "node:path"
import { Client } from "pg"
import { onExit, runMain } from "../scripts/lib/main"
import { SEED_DIR } from "../scripts/lib/paths"
import { step } from "../scripts/lib/progress"
import { seededCommerce } from "../scripts/lib/seeded-commerce"
import { SetupError } from "../scripts/lib/errors"
import { customerToken, rssMib } from "./commerce"
import { soakJourneys, type SoakPeople } from "./soak-journeys"
import { Recorder, runSteady, type SteadyTask } from "./soak-load"
import { soakReport } from "./soak-report"

const SAMPLE_EVERY_MS = 30_000
const CUSTOMERS = 6
const DEMO_PASSWORD = "Doorstep2026!"

function settings(env: NodeJS.ProcessEnv) {
  const positive = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback)
    if (!(value > 0)) throw new SetupError(`${name}=${env[name]} is not a positive number.`)
    return value
  }
  return { seconds: positive("BENCH_SOAK_SECONDS", 600), scale: positive("BENCH_SOAK_SCALE", 1) }
}

/** Signs a demo beautician in to `/pro`, waiting out a sign-in rate limit if one answers 429. */
async function beauticianToken(base: string, email: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const answer = await fetch(`${base}/auth/beautician/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) })
    if (answer.ok) return ((await answer.json()) as { token: string }).token
    if (answer.status !== 429) throw new SetupError(`Signing ${email} in to /pro answered ${answer.status}: ${await answer.text()}`)
    await new Promise((resolve) => setTimeout(resolve, Number(answer.headers.get("retry-after") ?? 5) * 1000))
  }
  throw new SetupError(`Signing ${email} in to /pro was refused (429) five times.`)
}

/** The bench's customers, and every demo beautician with their services and a `/pro` token. */
async function people(platform: Awaited<ReturnType<typeof seededCommerce>>, base: string): Promise<Omit<SoakPeople, "gateways">> {
  const store = { "x-publishable-api-key": platform.publishableKey }
  const products = (await (await fetch(`${base}/store/products?limit=200&fields=id,handle,*variants`, { headers: store })).json()) as {
    products: Array<{ handle: string; variants: Array<{ id: string }> }>
  }
  const variantsOf = new Map(products.products.map((p) => [p.handle, p.variants.map((v) => v.id)]))
  const demo = JSON.parse(fs.readFileSync(path.join(SEED_DIR, "beauticians.json"), "utf8")) as Array<{ handle: string; email: string; home_base: { lat: number; lng: number }; skills: string[] }>
  const beauticians: SoakPeople["beauticians"] = []
  // A few at a time: each sign-in is a deliberately slow password hash.
  for (let i = 0; i < demo.length; i += 4) {
    const batch = demo.slice(i, i + 4).filter((b) => platform.beauticianIds[b.handle] && b.skills.some((handle) => variantsOf.has(handle)))
    const tokens = await Promise.all(batch.map((b) => beauticianToken(base, b.email)))
    batch.forEach((b, k) => beauticians.push({ id: platform.beauticianIds[b.handle], home: b.home_base, variantIds: b.skills.flatMap((handle) => variantsOf.get(handle) ?? []), token: tokens[k] }))
  }
  if (beauticians.length === 0) throw new SetupError("No demo beautician does a service the store sells: is the seed's data complete?")
  const stamp = Date.now()
  const customers = await Promise.all(
    Array.from({ length: CUSTOMERS }, (_, i) => customerToken(base, platform.publishableKey, `soak-${stamp}-${i}@doorstep.local`, "Soak2026!")),
  )
  return { base, publishableKey: platform.publishableKey, regionId: platform.regionId, customers, beauticians, productHandles: [...variantsOf.keys()] }
}

/** Pairs of live appointments of one beautician whose blocked times overlap: the exclusion constraint says never. */
async function countOverlaps(databaseUrl: string): Promise<number> {
  const db = new Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const live = "('held', 'confirmed', 'assigned', 'en_route', 'arrived', 'in_service')"
    const { rows } = await db.query(`
      select count(*)::int as n from appointment a join appointment b
        on a.beautician_id = b.beautician_id and a.id < b.id
       and tstzrange(a.blocked_from, a.blocked_until, '[)') && tstzrange(b.blocked_from, b.blocked_until, '[)')
       where a.status in ${live} and b.status in ${live} and a.deleted_at is null and b.deleted_at is null`)
    return rows[0].n
  } finally {
    await db.end()
  }
}

runMain(async () => {
  const bench = settings(process.env)
  // Six bench customers stand for a city's: their live holds are not one person's.
  const platform = await seededCommerce({ prefix: "doorstep-soak", env: { DOORSTEP_LIVE_HOLDS_PER_CUSTOMER: "1000000" } })
  onExit(() => platform.stop())
  const commerce = await step("Starting commerce", () => platform.startCommerce("commerce"))
  const cast = await step("Signing in the bench's customers and the demo beauticians", () => people(platform, commerce.base))
  const recorder = new Recorder(commerce.base)
  const journeys = soakJourneys(recorder, { ...cast, gateways: platform.gateways })

  const rate = (perSecond: number) => perSecond * bench.scale
  const tasks: SteadyTask[] = [
    { name: "browse: services", perSecond: rate(0.5), concurrency: 4, run: journeys.browse.services },
    { name: "browse: service page", perSecond: rate(1), concurrency: 4, run: journeys.browse.servicePage },
    { name: "browse: search", perSecond: rate(1), concurrency: 4, run: journeys.browse.search },
    { name: "availability", perSecond: rate(4), concurrency: 12, run: journeys.availability },
    { name: "hold", perSecond: rate(1), concurrency: 4, run: journeys.hold },
    { name: "checkout", perSecond: rate(0.5), concurrency: 4, run: journeys.checkout },
    { name: "cancel", perSecond: rate(0.2), concurrency: 2, run: journeys.cancel },
    { name: "offers", perSecond: rate(0.8), concurrency: 2, run: journeys.offer },
    { name: "job steps", perSecond: rate(2), concurrency: 4, run: journeys.jobStep },
  ]

  const memory = [{ minute: 0, mib: rssMib(commerce.pid) }]
  const started = Date.now()
  const sampler = setInterval(() => memory.push({ minute: (Date.now() - started) / 60_000, mib: rssMib(commerce.pid) }), SAMPLE_EVERY_MS)
  const taskFigures = await step(`Soaking for ${bench.seconds} s`, () => runSteady(tasks, started + bench.seconds * 1000))
  clearInterval(sampler)
  const elapsed = (Date.now() - started) / 1000
  memory.push({ minute: elapsed / 60, mib: rssMib(commerce.pid) })
  const overlaps = await countOverlaps(platform.databaseUrl)

  const routes = recorder.figures(elapsed)
  process.stdout.write(soakReport({ seconds: elapsed, routes, tasks: taskFigures, memory, overlaps, counts: journeys.counts, backlog: journeys.backlog() }))
  const problems = [
    ...routes.filter((r) => r.server > 0 || r.none > 0).map((r) => `${r.route}: ${r.server} answers 5xx, ${r.none} refused connections`),
    ...taskFigures.filter((t) => t.failed > 0).map((t) => `${t.name}: ${t.failed} journeys failed (${t.errors.join("; ")})`),
    ...(overlaps > 0 ? [`${overlaps} pairs of live appointments overlap`] : []),
    ...(journeys.counts.paid === 0 ? ["no booking was paid"] : []),
  ]
  if (problems.length === 0) return 0
  const logTail = fs.readFileSync(platform.logFile("commerce"), "utf8").trimEnd().split("\n").slice(-20).join("\n")
  process.stderr.write(`\n${recorder.samples.join("\n")}\n\nlast lines of commerce's log:\n${logTail}\n\n✖ Broken, not merely slow:\n${problems.map((p) => `  ${p}`).join("\n")}\n`)
  return 1
})
