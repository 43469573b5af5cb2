import crypto from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { clientAddress } from "../client-address"
import { sendDomainError, DomainError } from "../domain-error"
import { commerceMetrics } from "../ops/metrics"
import { outboxBacklog } from "../ops/outbox-backlog"
import type { Sql } from "../ops/readiness"

const LOOPBACK = /^(127\.|::1$)/

/**
 * Only for the scraper: with `METRICS_TOKEN` set, only a bearer of that token;
 * without it, only callers on this machine (the connection's address, or the
 * client's through a proxy named in `TRUSTED_PROXIES`).
 */
function mayScrape(req: MedusaRequest): boolean {
  const token = process.env.METRICS_TOKEN
  if (!token) return LOOPBACK.test(clientAddress(req))
  const given = Buffer.from(/^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "")
  const expected = Buffer.from(token)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

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
