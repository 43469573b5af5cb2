import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client"

/**
 * Commerce's Prometheus metrics (`GET /metrics`). One registry per process,
 * kept on `globalThis` so that a second load of this file (a plugin's job
 * importing it by package name, a route by relative path) finds the same
 * one instead of registering every metric twice.
 */
interface CommerceMetrics {
  registry: Registry
  requests: Counter<"method" | "route" | "status_class">
  requestSeconds: Histogram<"method" | "route" | "status_class">
  jobRuns: Counter<"job" | "outcome">
  jobSeconds: Histogram<"job" | "outcome">
  outboxBacklog: Gauge<"status">
  outboxOldestPendingSeconds: Gauge
}

const KEY = Symbol.for("doorstep.commerce-metrics")

function createMetrics(): CommerceMetrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  return {
    registry,
    requests: new Counter({
      name: "doorstep_http_requests_total",
      help: "HTTP requests answered, by method, route pattern and status class",
      labelNames: ["method", "route", "status_class"],
      registers: [registry],
    }),
    requestSeconds: new Histogram({
      name: "doorstep_http_request_duration_seconds",
      help: "Time to answer an HTTP request, by method, route pattern and status class",
      labelNames: ["method", "route", "status_class"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    jobRuns: new Counter({
      name: "doorstep_job_runs_total",
      help: "Scheduled job runs, by job and outcome (ok or failed)",
      labelNames: ["job", "outcome"],
      registers: [registry],
    }),
    jobSeconds: new Histogram({
      name: "doorstep_job_duration_seconds",
      help: "Time a scheduled job run took, by job and outcome",
      labelNames: ["job", "outcome"],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
      registers: [registry],
    }),
    outboxBacklog: new Gauge({
      name: "doorstep_notification_outbox",
      help: "Notices in the outbox not sent (pending: still to try; failed: given up), read at scrape time",
      labelNames: ["status"],
      registers: [registry],
    }),
    outboxOldestPendingSeconds: new Gauge({
      name: "doorstep_notification_outbox_oldest_pending_seconds",
      help: "Age of the oldest notice still pending, read at scrape time (0 when none)",
      registers: [registry],
    }),
  }
}

export function commerceMetrics(): CommerceMetrics {
  const holder = globalThis as { [KEY]?: CommerceMetrics }
  return (holder[KEY] ??= createMetrics())
}

/** `2xx`, `4xx`…: a class, not the code, keeps the series few. */
export const statusClass = (status: number) => `${Math.floor(status / 100)}xx`

/**
 * The route's pattern as Express matched it (`/store/appointments/:id`), never
 * the raw URL: ids in the label would make a series per appointment. Requests
 * no route answered count as `unmatched`.
 */
export function routePattern(req: MedusaRequest): string {
  const route = (req as unknown as { route?: { path?: unknown } }).route
  return typeof route?.path === "string" ? `${req.baseUrl ?? ""}${route.path}` : "unmatched"
}

/** Global middleware: counts and times every request once its answer is sent. */
export function recordRequests(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const end = commerceMetrics().requestSeconds.startTimer()
  res.once("finish", () => {
    const labels = { method: req.method, route: routePattern(req), status_class: statusClass(res.statusCode) }
    commerceMetrics().requests.inc(labels)
    end(labels)
  })
  next()
}

/**
 * Wraps a scheduled job's handler: every run is counted and timed, failures
 * by their outcome label; the error still reaches Medusa's job runner, which
 * logs it.
 */
export function measuredJob<Args extends unknown[]>(name: string, handler: (...args: Args) => Promise<unknown>) {
  return async (...args: Args): Promise<void> => {
    const { jobRuns, jobSeconds } = commerceMetrics()
    const end = jobSeconds.startTimer({ job: name })
    let outcome = "failed"
    try {
      await handler(...args)
      outcome = "ok"
    } finally {
      jobRuns.inc({ job: name, outcome })
      end({ outcome })
    }
  }
}
