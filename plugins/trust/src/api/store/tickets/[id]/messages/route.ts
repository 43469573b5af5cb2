import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { act } from "../../../../../lib/tickets"
import type { TicketMessageBody } from "../../validators"

/** POST /store/tickets/:id/messages `{ body, photos? }` — the customer writes again; it is support's turn (a resolved ticket reopens; a closed one is 409 `TICKET_CLOSED`). */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await act(req, res, { scope: { customer_id: req.auth_context.actor_id }, event: "customer_message", author: "customer", message: validated<TicketMessageBody>(req) })
})
