import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { sendThread } from "../../../../lib/tickets"

/** GET /store/tickets/:id — the customer's own ticket and its thread (staff's internal notes left out); anyone else's is 404. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendThread(req, res, { customer_id: req.auth_context.actor_id }, false)
})
