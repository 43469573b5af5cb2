import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { sendStatement } from "../../../../lib/statements"

/** GET /pro/statements/:month (YYYY-MM, `.csv` optional) — the beautician's earnings statement for the month, as CSV. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendStatement(req, res, { beautician_id: req.auth_context.actor_id }, "earnings")
})
