/**
 * `npm run bench:recommendations` — the recommender's offline evaluation (C5):
 * leave-last-out on synthetic booking history (`recommendations-history.ts`)
 * over the demo catalogue, the recommender beside a popularity baseline in the
 * same run. Pure and deterministic: no database, no commerce.
 *
 * For each customer with at least two bookings the last one is hidden and
 * `recommend` is asked for 5 just before it, from her earlier bookings only.
 * The population signals (`population`, `popularity`) are built once from
 * everyone's bookings without any hidden one (so they also hold other
 * customers' later bookings: the evaluation's simplification, alike for both
 * sides). Every service is bookable. Offline there are no views and no
 * favourites, so those two reasons never fire: the figures measure rebooking,
 * "booked together" and the popular fill. A hit is the hidden service among
 * the suggestions. The baseline is the 5 (or 10) most booked services by the
 * same counts, for everyone, excluding nothing.
 *
 * Exits 1 when something is broken (no customer evaluated, a figure not a
 * number), never for the figures themselves.
 *
 *   BENCH_RECS_CUSTOMERS=5000   customers in the history
 *   BENCH_RECS_SEED=19          the history's seed
 */
import fs from "node:fs"
import path from "node:path"
import { population, popularity, recommend, type Booking, type Reason } from "@doorstep/recommendations/lib/recommend"
import { SetupError } from "../scripts/lib/errors"
import { runMain } from "../scripts/lib/main"
import { SEED_DIR } from "../scripts/lib/paths"
import { step } from "../scripts/lib/progress"
import { bookingHistory, HISTORY_DAYS, type CatalogueService } from "./recommendations-history"

/** The history ends here (a Shanghai midnight), so every run sees the same calendar. */
const END = new Date("2026-12-01T00:00:00+08:00")

function settings(env: NodeJS.ProcessEnv) {
  const whole = (name: string, fallback: number, least: number) => {
    const value = Number(env[name] ?? fallback)
    if (!(Number.isInteger(value) && value >= least)) throw new SetupError(`${name}=${env[name]} is not a whole number ≥ ${least}.`)
    return value
  }
  return { customers: whole("BENCH_RECS_CUSTOMERS", 5000, 1), seed: whole("BENCH_RECS_SEED", 19, 0) }
}

interface Tally {
  customers: number
  hit5: number
  hit10: number
}
const tally = (): Tally => ({ customers: 0, hit5: 0, hit10: 0 })
const share = (part: number, whole: number) => (100 * part) / whole

runMain(async () => {
  const bench = settings(process.env)
  const catalogue = (JSON.parse(fs.readFileSync(path.join(SEED_DIR, "services.json"), "utf8")) as CatalogueService[]).map(({ handle, category }) => ({ handle, category }))
  const bookable = new Set(catalogue.map((s) => s.handle))

  const history = await step(`Generating ${HISTORY_DAYS} days of bookings for ${bench.customers.toLocaleString()} customers on ${catalogue.length} services (seed ${bench.seed})`, async () =>
    bookingHistory(catalogue, bench.customers, bench.seed, END),
  )
  const byCustomer = new Map<string, Booking[]>()
  for (const b of history) {
    const own = byCustomer.get(b.customerId)
    if (own) own.push(b)
    else byCustomer.set(b.customerId, [b])
  }
  const evaluated = [...byCustomer.values()]
    .filter((own) => own.length >= 2)
    .map((own) => own.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()))
  const hidden = new Set(evaluated.map((own) => own[own.length - 1]))
  const seen = history.filter((b) => !hidden.has(b))
  const everyone = population(seen)
  const counts = popularity(seen)
  const mostBooked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([product]) => product)

  const ours = { all: tally(), three: tally() }
  const baseline = { all: tally(), three: tally() }
  const hitsBy: Partial<Record<Reason["code"], number>> = {}
  let covered = 0
  const asked = evaluated.map((own) => ({
    last: own[own.length - 1],
    signals: { now: new Date(own[own.length - 1].startsAt.getTime() - 60_000), bookings: own.slice(0, -1), population: everyone, popular: counts, views: [], favourites: [], bookable },
  }))
  await step(`Asking for suggestions just before each of ${evaluated.length.toLocaleString()} hidden bookings`, async () => {
    for (const { last, signals } of asked) {
      const five = recommend(signals, 5)
      const ten = recommend(signals, 10)
      if (five.length >= 5) covered++
      const hit = five.find((s) => s.productId === last.productId)
      if (hit) hitsBy[hit.reason.code] = (hitsBy[hit.reason.code] ?? 0) + 1
      for (const [side, top5, top10] of [
        [ours, five.map((s) => s.productId), ten.map((s) => s.productId)],
        [baseline, mostBooked.slice(0, 5), mostBooked.slice(0, 10)],
      ] as const) {
        // Three bookings or more: two or more before the hidden one.
        for (const group of signals.bookings.length >= 2 ? [side.all, side.three] : [side.all]) {
          group.customers++
          if (top5.includes(last.productId)) group.hit5++
          if (top10.includes(last.productId)) group.hit10++
        }
      }
    }
  })

  // Timed apart, after the pass above warmed the code up: a cold first pass measures the JIT, not the rules.
  const meanMicros = await step("Timing a second pass of recommend(…, 5)", async () => {
    const started = process.hrtime.bigint()
    for (const { signals } of asked) recommend(signals, 5)
    return Number(process.hrtime.bigint() - started) / 1000 / Math.max(1, asked.length)
  })
  const n = ours.all.customers
  const rows: Array<[string, number, number | null, string]> = [
    [`hit@5, ≥ 2 bookings (${n.toLocaleString()} customers)`, share(ours.all.hit5, n), share(baseline.all.hit5, n), "%"],
    [`hit@5, ≥ 3 bookings (${ours.three.customers.toLocaleString()} customers)`, share(ours.three.hit5, ours.three.customers), share(baseline.three.hit5, baseline.three.customers), "%"],
    ["hit@10, ≥ 2 bookings", share(ours.all.hit10, n), share(baseline.all.hit10, n), "%"],
    ["hit@10, ≥ 3 bookings", share(ours.three.hit10, ours.three.customers), share(baseline.three.hit10, baseline.three.customers), "%"],
    ["coverage (≥ 5 suggestions)", share(covered, n), 100, "%"],
    ["mean time per recommend call", meanMicros, null, "µs"],
  ]
  const cell = (value: number | null, unit: string) => (value === null ? "—" : `${value.toFixed(1)}${unit === "%" ? " %" : " µs"}`).padStart(11)
  const hit5 = share(ours.all.hit5, n)
  const base5 = share(baseline.all.hit5, n)
  process.stdout.write(
    [
      "",
      `Recommendations, leave-last-out: ${bench.customers.toLocaleString()} customers, ${history.length.toLocaleString()} bookings over ${HISTORY_DAYS} days, ${catalogue.length} services (seed ${bench.seed}); no views or favourites offline`,
      "",
      `| ${"measure".padEnd(40)} | recommender |  popularity |`,
      `|${"-".repeat(42)}|-------------|-------------|`,
      ...rows.map(([label, a, b, unit]) => `| ${label.padEnd(40)} | ${cell(a, unit)} | ${cell(b, unit)} |`),
      "",
      `Hits at 5 by reason: ${Object.entries(hitsBy).sort((a, b) => b[1] - a[1]).map(([code, hits]) => `${code} ${share(hits, n).toFixed(1)} %`).join(", ") || "none"}`,
      `recommender hit@5 ${hit5.toFixed(1)}% vs popularity ${base5.toFixed(1)}% (${hit5 >= base5 ? "+" : "−"}${Math.abs(hit5 - base5).toFixed(1)} points)`,
      "",
    ].join("\n"),
  )
  const problems = [
    ...(n === 0 ? ["no customer had two bookings to evaluate"] : []),
    ...rows.filter(([, a, b]) => !Number.isFinite(a) || (b !== null && !Number.isFinite(b))).map(([label]) => `${label} is not a number`),
  ]
  if (problems.length === 0) return 0
  process.stderr.write(`\n✖ Broken, not merely poor:\n${problems.map((p) => `  ${p}`).join("\n")}\n`)
  return 1
})
