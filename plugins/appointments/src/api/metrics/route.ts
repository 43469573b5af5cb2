import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendDomainError, DomainError } from "../domain-error"
import { commerceMetrics } from "../ops/metrics"
import { mayScrape } from "../ops/metrics-access"
import { outboxBacklog } from "../ops/outbox-backlog"
import type { Sql } from "../ops/readiness"

/** Prometheus text format: requests, latencies, job runs, the outbox backlog and the process's own figures. */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  if (!mayScrape(req)) return sendDomainError(res, new DomainError(403, "METRICS_FORBIDDEN", "指标仅供监控系统读取 / Metrics are for the monitoring system only"))
  const metrics = commerceMetrics()
  const backlog = await outboxBacklog(req.scope.resolve<Sql>(ContainerRegistrationKeys.PG_CONNECTION), new Date())
  metrics.outboxBacklog.set({ status: "pending" }, backlog.pending)
  metrics.outboxBacklog.set({ status: "failed" }, backlog.failed)
  metrics.outboxOldestPendingSeconds.set(backlog.oldestPendingSeconds)
  res.setHeader("Content-Type", metrics.registry.contentType)
  res.setHeader("Cache-Control", "no-store")
  res.send(await metrics.registry.metrics())
}
