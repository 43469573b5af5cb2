/**
 * Load at a steady rate: each task starts at its own fixed rate, never with more
 * than its cap in flight (a start that finds the cap full is skipped and
 * counted, not queued), so a slow commerce sees the same offered load as a fast
 * one and the run stays bounded. Every HTTP call is recorded under its route.
 */
import { percentile } from "./interleaved"

/**
 * The longest a bench request may wait before it is given up (status 0, counted
 * as slow): long enough that a shared, overloaded machine shows up as latency,
 * short enough that the run stays bounded.
 */
const REQUEST_TIMEOUT_MS = 120_000

/** A journey step given up after the timeout: slowness, reported but never a failure. */
export class SlowAnswer extends Error {}

export interface RouteFigures {
  route: string
  count: number
  perSecond: number
  p50: number
  p95: number
  client: number
  server: number
  /** Given up after the timeout: slow, not broken. */
  slow: number
  /** The connection failed: commerce was not there. */
  none: number
}

export class Recorder {
  private readonly calls = new Map<string, { ms: number[]; statuses: Map<number, number> }>()
  /** Unexpected answers, a few of each route kept for the verdict. */
  readonly samples: string[] = []

  constructor(private readonly base: string) {}

  /** Sends a request, reads the whole answer, and records it under `route`. */
  async call<T = any>(route: string, path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
    const started = performance.now()
    let status = 0
    let text = ""
    try {
      const response = await fetch(`${this.base}${path}`, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
      status = response.status
      text = await response.text()
    } catch (error) {
      // -1: given up after the timeout; 0: no connection at all.
      status = (error as Error).name === "TimeoutError" ? -1 : 0
      text = String(error)
    }
    const entry = this.calls.get(route) ?? { ms: [], statuses: new Map<number, number>() }
    this.calls.set(route, entry)
    entry.ms.push(performance.now() - started)
    entry.statuses.set(status, (entry.statuses.get(status) ?? 0) + 1)
    if ((status === 0 || status >= 500) && this.samples.filter((s) => s.startsWith(route)).length < 3) this.samples.push(`${route} → ${status}: ${text.slice(0, 300)}`)
    if (status === -1) throw new SlowAnswer(`${route} gave no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)
    let body: T
    try {
      body = JSON.parse(text) as T
    } catch {
      body = {} as T
    }
    return { status, body }
  }

  figures(seconds: number): RouteFigures[] {
    return [...this.calls].map(([route, { ms, statuses }]) => {
      const count = ms.length
      const sum = (match: (status: number) => boolean) => [...statuses].reduce((n, [status, k]) => n + (match(status) ? k : 0), 0)
      return {
        route,
        count,
        perSecond: count / seconds,
        p50: percentile(ms, 50),
        p95: percentile(ms, 95),
        client: sum((s) => s >= 400 && s < 500),
        server: sum((s) => s >= 500),
        slow: sum((s) => s === -1),
        none: sum((s) => s === 0),
      }
    })
  }
}

export interface SteadyTask {
  name: string
  perSecond: number
  concurrency: number
  /** One unit of work: a journey of one or more requests. Throwing counts it as failed. */
  run: () => Promise<void>
}

export interface TaskFigures {
  name: string
  started: number
  skipped: number
  /** Ended by a step given up after the timeout. */
  slow: number
  failed: number
  errors: string[]
}

/** Runs every task at its rate until `until` (epoch ms), then waits for what is in flight. */
export async function runSteady(tasks: SteadyTask[], until: number): Promise<TaskFigures[]> {
  return Promise.all(
    tasks.map(async (task) => {
      const figures: TaskFigures = { name: task.name, started: 0, skipped: 0, slow: 0, failed: 0, errors: [] }
      const inFlight = new Set<Promise<void>>()
      const interval = 1000 / task.perSecond
      // Tasks start spread over their first interval, not all at once.
      let next = Date.now() + Math.random() * interval
      while (next < until) {
        const wait = next - Date.now()
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
        next += interval
        if (inFlight.size >= task.concurrency) {
          figures.skipped++
          continue
        }
        figures.started++
        const running: Promise<void> = task
          .run()
          .catch((error: unknown) => {
            if (error instanceof SlowAnswer) return void figures.slow++
            figures.failed++
            if (figures.errors.length < 3) figures.errors.push(error instanceof Error ? error.message : String(error))
          })
          .finally(() => inFlight.delete(running))
        inFlight.add(running)
      }
      await Promise.all(inFlight)
      return figures
    }),
  )
}

/** Least-squares slope of `y` over `x`. */
export function slope(points: Array<{ x: number; y: number }>): number {
  const n = points.length
  if (n < 2) return 0
  const mx = points.reduce((s, p) => s + p.x, 0) / n
  const my = points.reduce((s, p) => s + p.y, 0) / n
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0)
  return sxx === 0 ? 0 : points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx
}
