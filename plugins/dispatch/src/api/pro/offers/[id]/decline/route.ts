import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { declineOffer } from "../../../../../lib/dispatch"
import type { DeclineBody } from "../../validators"

/** POST /pro/offers/:id/decline — passes on the job with a reason; it goes to the next candidate. Another's offer is 404 `OFFER_NOT_FOUND`. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const offer = await declineOffer(req.scope, req.params.id, req.auth_context.actor_id, validated<DeclineBody>(req).reason, new Date())
  res.json({ offer: { id: offer.id, status: offer.status, appointment_id: offer.appointment_id } })
})
