import { z } from "zod"
import { defineOperations } from "../openapi"

/**
 * What operators and their tools call: readiness for load balancers and
 * orchestrators (liveness is Medusa's own `GET /health`), and the metrics
 * Prometheus scrapes. See docs/operations.md.
 */

const Readiness = z
  .object({
    status: z.enum(["ready", "unavailable"]),
    checks: z.record(z.string(), z.string()).meta({
      description: "Each check's outcome: `ok`, what stands in (`search`: `postgres` or `meilisearch`), or a short reason it failed (`ECONNREFUSED`, `timeout`)",
      example: { database: "ok", search: "postgres" },
    }),
    failing: z.array(z.string()).optional().meta({ description: "The checks that failed (503 only)", example: ["redis"] }),
  })
  .meta({ id: "Readiness" })

export const operations = defineOperations({
  "GET /ready": {
    summary: "Whether commerce can serve: its database, Redis when configured, the search engine",
    description: "For load balancers and orchestrators; `GET /health` (Medusa's) says only that the process is alive. Checks run side by side, each given 2 s. Never cached.",
    auth: "public",
    responses: { 200: Readiness },
    failures: { 503: { mediaType: "application/json", description: "A check failed; `failing` names it.", schema: Readiness } },
  },
  "GET /metrics": {
    summary: "Prometheus metrics: requests, latencies, scheduled jobs, the notification outbox",
    description:
      "Text exposition format. With `METRICS_TOKEN` set, only `Authorization: Bearer <METRICS_TOKEN>`; without it, only callers on this machine (loopback, or through a proxy named in `TRUSTED_PROXIES`). Requests are labelled by route pattern and status class; the outbox backlog is counted at scrape time.",
    auth: "public",
    responses: { 200: { mediaType: "text/plain", description: "The metrics, one series a line (exposition format 0.0.4)." } },
    errors: { 403: ["METRICS_FORBIDDEN"] },
  },
})
