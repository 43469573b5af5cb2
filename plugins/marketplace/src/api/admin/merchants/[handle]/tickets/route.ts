import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { listTickets } from "../../../../../lib/tickets"
import type { TicketListQuery } from "../../../../store/tickets/validators"

/** GET /admin/merchants/:handle/tickets?status=&kind= — tickets about the studio's jobs. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { merchant_handle: _ignored, ...filters } = validated<TicketListQuery>(req)
  res.json({ tickets: await listTickets(req, { ...filters, merchant_handle: req.params.handle }) })
})
