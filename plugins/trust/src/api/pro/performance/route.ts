import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validated } from "@doorstep/appointments/api/validation"
import { beauticianPerformance } from "../../../lib/performance"
import type { PerformanceQuery } from "./validators"

/** GET /pro/performance?days=30 — the signed-in beautician's own figures, as their studio sees them. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { days } = validated<PerformanceQuery>(req)
  res.json({ performance: await beauticianPerformance(req.scope, req.auth_context.actor_id, days) })
}
