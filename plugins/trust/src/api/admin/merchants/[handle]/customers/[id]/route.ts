import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffOfRequest } from "@doorstep/accounts/lib/staff-gate"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"
import { studioCustomer } from "../../../../../../lib/studio-customers"

/** GET /admin/merchants/:handle/customers/:id — the customer as the studio knows them; one who never booked with it is 404 (read logged). */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { handle } = await studioOfRoute(req)
  res.json({ customer: await studioCustomer(req.scope, handle, req.params.id, staffOfRequest(req)) })
})
