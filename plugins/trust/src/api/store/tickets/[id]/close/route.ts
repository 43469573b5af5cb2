import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { act } from "../../../../../lib/tickets"

/** POST /store/tickets/:id/close — the customer is done with their ticket. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await act(req, res, { scope: { customer_id: req.auth_context.actor_id }, event: "close", author: "customer" })
})
