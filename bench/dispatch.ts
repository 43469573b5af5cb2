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
 * Each appointment is matched among its 48 nearest free beauticians (as the
 * job does), by booking-core's sparse exact solver; "all offered at once" is
 * the same round offering every match it finds. The exact optimum is the
 * Hungarian algorithm (`munkres`) over the whole matrix: an independent check.
 * Travel is the straight-line estimate (road factor 1.4, 25 km/h, whole minutes).
 * Not part of `npm test`.
 */
import { batchedAssignment, greedyAssignment, minimumCostAssignment, straightLineEstimator, SHANGHAI_STRAIGHT_LINE, type Candidate, type GeoPoint, type Pair } from "@doorstep/booking-core"

const BATCHES = Number(process.env.BENCH_DISPATCH_BATCHES ?? 10)
const REPEATS = Number(process.env.BENCH_DISPATCH_REPEATS ?? 5)
const URGENT = Number(process.env.BENCH_DISPATCH_URGENT ?? 0.2)
/** Cities per size; the first is always the same, the others show how much one city's luck weighs. */
const CITIES = Number(process.env.BENCH_DISPATCH_CITIES ?? 1)
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

/** Beauticians each appointment considers in a round, nearest first: the dispatch job's own number. */
const CANDIDATES = 48

/**
 * Bookings arrive in `ticks` groups in row order; `urgent[row]` says the
 * appointment must be offered on the tick it arrives. Each tick runs one round
 * of booking-core's `batchedAssignment` — the dispatch job's own — over every
 * known, unoffered appointment, each with its `CANDIDATES` nearest beauticians
 * not yet taken (`nearest[row]`: every beautician, nearest first, as the
 * roster keeps them), due being urgent (or, with `deferring` off, every
 * appointment: each round's matches offered at once); the last tick offers
 * everything left. With `hindsight`, each round also knows the bookings yet
 * to come (as tentative rows): not a policy anyone can run, but the bound
 * that shows how much of the gap to the optimum is not knowing them.
 */
function simulateRounds(cost: number[][], nearest: number[][], urgent: boolean[], ticks: number, mode: "defer" | "offer all" | "hindsight" = "defer"): Pair[] {
  const offered: Pair[] = []
  const taken = new Uint8Array(cost[0].length)
  let waiting: number[] = []
  const size = Math.ceil(cost.length / ticks)
  for (let start = 0; start < cost.length; start += size) {
    for (let row = start; row < Math.min(cost.length, start + size); row++) waiting.push(row)
    const last = start + size >= cost.length
    // With hindsight, the bookings still to come are matched too (never offered): what a perfect forecast would know.
    const later = mode === "hindsight" ? Array.from({ length: Math.max(0, cost.length - start - size) }, (_, k) => start + size + k) : []
    const candidates = [...waiting, ...later].map((row) => {
      const free: Candidate[] = []
      for (const column of nearest[row]) {
        if (taken[column]) continue
        free.push([column, cost[row][column]])
        if (free.length === CANDIDATES) break
      }
      return free
    })
    const due = [...waiting.map((row) => last || mode === "offer all" || urgent[row]), ...later.map(() => false)]
    const round = batchedAssignment(candidates, cost[0].length, due)
    for (const [index, column] of round) {
      taken[column] = 1
      offered.push([waiting[index], column])
    }
    const done = new Set(round.map(([index]) => waiting[index]))
    waiting = waiting.filter((row) => !done.has(row))
  }
  return offered
}

interface Result {
  name: string
  matched: number
  trips: number[]
  times: number[]
}

function measure(name: string, cost: number[][], solve: () => Pair[]): Result {
  let pairs: Pair[] = []
  const times: number[] = []
  for (let i = 0; i < REPEATS; i++) {
    const start = process.hrtime.bigint()
    pairs = solve()
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return { name, matched: pairs.length, trips: pairs.map(([row, column]) => cost[row][column]), times }
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
  const results = new Map<string, Result>()
  for (let city = 0; city < CITIES; city++) {
    const next = random(appointments * 7919 + beauticians + city * 104729)
    const jobs = points(appointments, next)
    const homes = points(beauticians, next)
    const cost = jobs.map((job) => homes.map((home) => travel.minutesBetween(home, job)))
    const greedy = measure("nearest-first", cost, () => greedyAssignment(cost))
    const urgent = jobs.map(() => next() < URGENT)
    const nearest = cost.map((row) => row.map((_, column) => column).sort((a, b) => row[a] - row[b] || a - b))
    for (const result of [
      greedy,
      measure("batched, all offered at once", cost, () => simulateRounds(cost, nearest, urgent, BATCHES, "offer all")),
      measure("batched", cost, () => simulateRounds(cost, nearest, urgent, BATCHES)),
      measure("batched with hindsight (not a policy)", cost, () => simulateRounds(cost, nearest, urgent, BATCHES, "hindsight")),
      measure("exact optimum", cost, () => minimumCostAssignment(cost)),
    ]) {
      const sum = results.get(result.name)
      if (!sum) results.set(result.name, result)
      else results.set(result.name, { name: result.name, matched: sum.matched + result.matched, trips: [...sum.trips, ...result.trips], times: [...sum.times, ...result.times] })
    }
  }
  const total = (name: string) => results.get(name)!.trips.reduce((a, b) => a + b, 0)
  for (const result of results.values()) {
    const vsOptimum = ((total(result.name) / total("exact optimum") - 1) * 100).toFixed(1)
    const vsGreedy = ((1 - total(result.name) / total("nearest-first")) * 100).toFixed(1)
    rows.push(
      `| ${appointments}×${beauticians} | ${result.name} | ${result.matched} | ${total(result.name)} | ${percentile(result.trips, 90)} | +${vsOptimum} % | ${vsGreedy} % | ${percentile(result.times, 50).toFixed(1)} |`,
    )
  }
}
process.stdout.write(
  [
    `Dispatch on ${CITIES === 1 ? "a synthetic Shanghai" : `${CITIES} synthetic Shanghais per size (totals summed)`} (travel minutes; median solve time of ${REPEATS} runs; batched: ${BATCHES} ticks, ${URGENT * 100} % of bookings urgent)`,
    "",
    "| appointments×beauticians | method | matched | total travel (min) | p90 trip (min) | vs optimum | saved vs nearest-first | solve, all ticks (ms) |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n"),
)
