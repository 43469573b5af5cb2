import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { acceptOffer } from "../../../../../lib/dispatch"
import { resumeDispatch } from "../../../../../lib/dispatch-runs"

/** POST /pro/offers/:id/accept — takes the job (the appointment's dispatch ends); 409 `OFFER_CLOSED` when the offer is no longer open, 404 `OFFER_NOT_FOUND` when it is not theirs. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const offer = await acceptOffer(req.scope, req.params.id, req.auth_context.actor_id, new Date())
  await resumeDispatch(req.scope, { appointment_id: offer.appointment_id, beautician_id: offer.beautician_id, by: "offer" })
  res.json({ offer: { id: offer.id, status: offer.status, appointment_id: offer.appointment_id } })
})
