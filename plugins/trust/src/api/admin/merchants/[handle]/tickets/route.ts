import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { listTickets } from "../../../../../lib/tickets"
import type { TicketListQuery } from "../../../../store/tickets/validators"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"

/** GET /admin/merchants/:handle/tickets?status=&kind= — tickets about the studio's jobs; a studio that does not exist is 404. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { merchant_handle: _ignored, ...filters } = validated<TicketListQuery>(req)
  const { handle } = await studioOfRoute(req)
  res.json({ tickets: await listTickets(req, { ...filters, merchant_handle: handle }) })
})
