import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { act } from "../../../../../lib/tickets"
import type { TicketStatusBody } from "../../../../store/tickets/validators"

/** POST /admin/tickets/:id/status `{ status: "resolved" | "closed" }` — support settles a ticket (the customer's next message reopens a resolved one). */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status } = validated<TicketStatusBody>(req)
  await act(req, res, { scope: { all: true }, event: status === "resolved" ? "resolve" : "close", author: "staff" })
})
