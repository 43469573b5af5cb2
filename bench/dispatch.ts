/**
 * `npm run bench:dispatch` — how well dispatch matches appointments to
 * beauticians on a synthetic Shanghai, measured side by side in one run:
 * nearest-first greedy (each appointment, as it arrives, takes the nearest
 * free beautician), our batched assignment, and the exact optimum over all
 * appointments at once. The batched assignment (booking-core's
 * `batchedAssignment`, the function the dispatch job calls) runs at each of
 * `BENCH_DISPATCH_BATCHES` ticks while bookings arrive: it matches every
 * appointment known and not yet offered, exactly, against the beauticians not
 * yet taken, then sends offers only for the appointments that start soon (the
 * urgent share, `BENCH_DISPATCH_URGENT`, booked for within the offer lead time);
 * the rest stay tentative and are matched again next tick, until the last.
 * "All offered at once" is the same round offering every match it finds.
 * Travel is the straight-line estimate (road factor 1.4, 25 km/h, whole minutes).
 * Not part of `npm test`.
 */
import { batchedAssignment, greedyAssignment, minimumCostAssignment, straightLineEstimator, SHANGHAI_STRAIGHT_LINE, type GeoPoint, type Pair } from "@doorstep/booking-core"

const BATCHES = Number(process.env.BENCH_DISPATCH_BATCHES ?? 10)
const REPEATS = Number(process.env.BENCH_DISPATCH_REPEATS ?? 5)
const URGENT = Number(process.env.BENCH_DISPATCH_URGENT ?? 0.2)
const travel = straightLineEstimator({ ...SHANGHAI_STRAIGHT_LINE, roundUpToMinutes: 1 })

/** A deterministic pseudo-random source, so every run measures the same city. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** Points over greater Shanghai, denser towards the centre (as homes and bookings are). */
function points(count: number, next: () => number): GeoPoint[] {
  return Array.from({ length: count }, () => {
    const radiusKm = 18 * Math.sqrt(next()) * (next() < 0.6 ? 0.5 : 1)
    const angle = next() * 2 * Math.PI
    return { lat: 31.2304 + (radiusKm * Math.sin(angle)) / 111, lng: 121.4737 + (radiusKm * Math.cos(angle)) / (111 * Math.cos((31.23 * Math.PI) / 180)) }
  })
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]

/**
 * Bookings arrive in `ticks` groups in row order; `urgent[row]` says the
 * appointment must be offered on the tick it arrives. Each tick runs one round
 * of booking-core's `batchedAssignment` — the dispatch job's own — over every
 * known, unoffered appointment and the beauticians not yet taken, due being
 * urgent (or, with `deferring` off, every appointment: each round's matches
 * offered at once); the last tick offers everything left.
 */
function simulateRounds(cost: number[][], urgent: boolean[], ticks: number, deferring = true): Pair[] {
  const offered: Pair[] = []
  const taken = new Set<number>()
  let waiting: number[] = []
  const size = Math.ceil(cost.length / ticks)
  for (let start = 0; start < cost.length; start += size) {
    for (let row = start; row < Math.min(cost.length, start + size); row++) waiting.push(row)
    const last = start + size >= cost.length
    const free = cost[0].map((_, column) => column).filter((column) => !taken.has(column))
    const round = batchedAssignment(
      waiting.map((row) => free.map((column) => cost[row][column])),
      waiting.map((row) => last || !deferring || urgent[row]),
    )
    for (const [index, column] of round) {
      taken.add(free[column])
      offered.push([waiting[index], free[column]])
    }
    const done = new Set(round.map(([index]) => waiting[index]))
    waiting = waiting.filter((row) => !done.has(row))
  }
  return offered
}

function measure(name: string, cost: number[][], solve: () => Pair[]) {
  let pairs: Pair[] = []
  const times: number[] = []
  for (let i = 0; i < REPEATS; i++) {
    const start = process.hrtime.bigint()
    pairs = solve()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  const trips = pairs.map(([row, column]) => cost[row][column])
  return { name, matched: pairs.length, total: trips.reduce((a, b) => a + b, 0), p90: percentile(trips, 90), ms: percentile(times, 50) }
}

const cases = [
  [100, 120],
  [500, 600],
  [1000, 1200],
  [100, 200],
  [500, 1000],
  [1000, 2000],
] as const

const rows: string[] = []
for (const [appointments, beauticians] of cases) {
  const next = random(appointments * 7919 + beauticians)
  const jobs = points(appointments, next)
  const homes = points(beauticians, next)
  const cost = jobs.map((job) => homes.map((home) => travel.minutesBetween(home, job)))
  const greedy = measure("nearest-first", cost, () => greedyAssignment(cost))
  const urgent = jobs.map(() => next() < URGENT)
  const offerAll = measure("batched, all offered at once", cost, () => simulateRounds(cost, urgent, BATCHES, false))
  const batched = measure("batched", cost, () => simulateRounds(cost, urgent, BATCHES))
  const optimum = measure("exact optimum", cost, () => minimumCostAssignment(cost))
  for (const result of [greedy, offerAll, batched, optimum]) {
    const vsOptimum = ((result.total / optimum.total - 1) * 100).toFixed(1)
    const vsGreedy = ((1 - result.total / greedy.total) * 100).toFixed(1)
    rows.push(
      `| ${appointments}×${beauticians} | ${result.name} | ${result.matched} | ${result.total} | ${result.p90} | +${vsOptimum} % | ${vsGreedy} % | ${result.ms.toFixed(1)} |`,
    )
  }
}
process.stdout.write(
  [
    `Dispatch on a synthetic Shanghai (travel minutes; median solve time of ${REPEATS} runs; batched: ${BATCHES} ticks, ${URGENT * 100} % of bookings urgent)`,
    "",
    "| appointments×beauticians | method | matched | total travel (min) | p90 trip (min) | vs optimum | saved vs nearest-first | solve, all ticks (ms) |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n"),
)
