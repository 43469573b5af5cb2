import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"
import { validated } from "@doorstep/appointments/api/validation"
import { CLIENTELE_MODULE, type ClienteleModuleService } from "../../../../../../../modules/clientele"
import { studioCustomerFigures } from "../../../../../../../lib/studio-customers"
import type { StudioCustomerNoteBody } from "../../validators"

/** POST /admin/merchants/:handle/customers/:id/notes — a private note of the studio's about the customer, signed by the staff member. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { body } = validated<StudioCustomerNoteBody>(req)
  const { handle } = await studioOfRoute(req)
  await studioCustomerFigures(req.scope, handle, req.params.id)
  const note = await req.scope
    .resolve<ClienteleModuleService>(CLIENTELE_MODULE)
    .createStudioCustomerNotes({ merchant_handle: handle, customer_id: req.params.id, author_id: req.auth_context.actor_id, body })
  res.status(201).json({ note: { id: note.id, body: note.body, author_id: note.author_id, created_at: note.created_at } })
})
