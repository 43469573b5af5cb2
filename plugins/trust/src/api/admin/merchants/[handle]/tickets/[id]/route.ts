import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { sendThread } from "../../../../../../lib/tickets"

/** GET /admin/merchants/:handle/tickets/:id — a ticket about one of the studio's jobs; another studio's is 404. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendThread(req, res, { merchant_handle: req.params.handle }, true)
})
