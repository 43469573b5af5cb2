import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { sendThread } from "../../../../lib/tickets"

/** GET /admin/tickets/:id — a ticket with its whole thread, internal notes included. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendThread(req, res, { all: true }, true)
})
