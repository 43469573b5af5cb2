import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkDatabase, checkRedis, checkSearch, readiness, type CheckResult, type Sql } from "../ops/readiness"

/**
 * Readiness (`/health` is Medusa's liveness): 200 when commerce can serve —
 * its PostgreSQL, Redis when `REDIS_URL` is set, the search engine — else 503
 * naming the failing checks, so a load balancer stops sending it requests.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const checks: Record<string, Promise<CheckResult>> = {
    database: checkDatabase(req.scope.resolve<Sql>(ContainerRegistrationKeys.PG_CONNECTION)),
    search: checkSearch(process.env.MEILISEARCH_HOST),
  }
  if (process.env.REDIS_URL) checks.redis = checkRedis(process.env.REDIS_URL)
  const answer = await readiness(checks)
  res.setHeader("Cache-Control", "no-store")
  res.status(answer.status === "ready" ? 200 : 503).json(answer)
}
