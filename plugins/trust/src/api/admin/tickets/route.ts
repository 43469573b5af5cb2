import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { listTickets } from "../../../lib/tickets"
import type { TicketListQuery } from "../../store/tickets/validators"

/** GET /admin/tickets?status=&kind=&merchant_handle= — support's queue across the platform, the latest activity first. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ tickets: await listTickets(req, { ...validated<TicketListQuery>(req) }) })
})
