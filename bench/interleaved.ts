/**
 * Throughput measured as a ratio to a ceiling route, in interleaved rounds: short
 * windows of the route and its ceiling alternate (A-B, then B-A, ...), so a burst
 * of noise on this shared machine — another job, a vacuum, a garbage collection —
 * hits both sides of some rounds alike and moves the median ratio little.
 */

/** A route under load: one request per call, resolving to its HTTP status (0 when no answer came). */
export interface LoadedRoute {
  name: string
  request: () => Promise<number>
  /** The statuses that count as done work (a hold refused with 409 is an answer, but not a hold). */
  counts: ReadonlySet<number>
  /** Every status the route may answer when nothing is broken; anything else fails the bench. */
  expected: ReadonlySet<number>
}

export interface Spread {
  median: number
  min: number
  max: number
}

export interface PairResult {
  /** Per round, in the order measured: requests per second that counted. */
  rounds: Array<{ route: number; ceiling: number }>
  ratio: Spread
  route: Spread
  ceiling: Spread
  /** Every status seen over all rounds, per route. */
  statuses: { route: Map<number, number>; ceiling: Map<number, number> }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

export const spread = (values: number[]): Spread => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) })

const add = (into: Map<number, number>, from: Map<number, number>) => {
  for (const [status, n] of from) into.set(status, (into.get(status) ?? 0) + n)
}

/**
 * `concurrency` loops send requests for `seconds`. The rate divides by the time
 * until the last answer, not the nominal window: requests still in flight at the
 * deadline were work done, and with short windows the tail matters.
 */
export async function loadWindow(route: LoadedRoute, seconds: number, concurrency: number) {
  const started = performance.now()
  const deadline = started + seconds * 1000
  const statuses = new Map<number, number>()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const status = await route.request().catch(() => 0)
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
      }
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  const counted = [...statuses].reduce((sum, [status, n]) => sum + (route.counts.has(status) ? n : 0), 0)
  return { perSecond: counted / elapsed, statuses }
}

/** `rounds` rounds of one window each of `route` and `ceiling`, their order alternating. */
export async function interleave(route: LoadedRoute, ceiling: LoadedRoute, options: { rounds: number; seconds: number; concurrency: number }): Promise<PairResult> {
  const rounds: PairResult["rounds"] = []
  const statuses = { route: new Map<number, number>(), ceiling: new Map<number, number>() }
  for (let i = 0; i < options.rounds; i++) {
    const order = i % 2 === 0 ? (["route", "ceiling"] as const) : (["ceiling", "route"] as const)
    const round = { route: 0, ceiling: 0 }
    for (const side of order) {
      const window = await loadWindow(side === "route" ? route : ceiling, options.seconds, options.concurrency)
      round[side] = window.perSecond
      add(statuses[side], window.statuses)
    }
    rounds.push(round)
  }
  return {
    rounds,
    ratio: spread(rounds.map((r) => (r.ceiling > 0 ? r.route / r.ceiling : 0))),
    route: spread(rounds.map((r) => r.route)),
    ceiling: spread(rounds.map((r) => r.ceiling)),
    statuses,
  }
}

/** Statuses a route answered that it never should: a 5xx, a refused request, no answer at all. */
export function unexpectedStatuses(route: LoadedRoute, statuses: Map<number, number>): string[] {
  return [...statuses].filter(([status]) => !route.expected.has(status)).map(([status, n]) => `${route.name} answered ${status || "nothing"} ×${n}`)
}
