import http from "node:http"
import type { LoaderOptions } from "@medusajs/framework/types"
import { commerceMetrics } from "../../../api/ops/metrics"
import { mayScrape } from "../../../api/ops/metrics-access"

/**
 * A worker (`MEDUSA_WORKER_MODE=worker`) serves no routes, yet it is the
 * process that runs the scheduled jobs: with `workerMetricsPort` set (from
 * `METRICS_PORT`), it serves its own `/metrics` there — job runs and the
 * process's figures, under the same rule of who may scrape. The outbox backlog
 * is read by the servers' `/metrics`.
 */
export default async function serveWorkerMetrics({ options, logger }: LoaderOptions<{ workerMetricsPort?: number }>): Promise<void> {
  const port = options?.workerMetricsPort
  if (!port) return
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" || req.url?.split("?")[0] !== "/metrics") {
      res.writeHead(404).end()
      return
    }
    if (!mayScrape(req)) {
      res.writeHead(403, { "content-type": "application/json" }).end(JSON.stringify({ code: "METRICS_FORBIDDEN", message: "Metrics are for the monitoring system only" }))
      return
    }
    const { registry } = commerceMetrics()
    registry.metrics().then(
      (text) => res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" }).end(text),
      () => res.writeHead(500).end(),
    )
  })
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, process.env.HOST ?? "127.0.0.1", () => resolve()))
  // The worker's own lifetime decides when it stops; this listener never keeps it alive.
  server.unref()
  logger?.info(`Worker metrics on port ${port}/metrics`)
}
