import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { act } from "../../../../../../../lib/tickets"
import type { StaffTicketMessageBody } from "../../../../../../store/tickets/validators"

/** POST /admin/merchants/:handle/tickets/:id/messages `{ body, photos?, internal? }` — the studio answers a ticket about its job, or notes something for support. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { internal, ...message } = validated<StaffTicketMessageBody>(req)
  await act(req, res, { scope: { merchant_handle: req.params.handle }, event: internal ? "staff_note" : "staff_reply", author: "staff", message })
})
