import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { act } from "../../../../../lib/tickets"
import type { StaffTicketMessageBody } from "../../../../store/tickets/validators"

/** POST /admin/tickets/:id/messages `{ body, photos?, internal? }` — support answers the customer (their turn now), or leaves an internal note only staff see. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { internal, ...message } = validated<StaffTicketMessageBody>(req)
  await act(req, res, { scope: { all: true }, event: internal ? "staff_note" : "staff_reply", author: "staff", message })
})
