import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refundMore } from "../../../../../lib/refunds"
import { staffAppointment, staffAppointmentDetail } from "../../../../../lib/staff-appointments"
import { handleDomainErrors } from "../../../../domain-error"
import { validated } from "../../../../validation"
import type { RefundBody } from "../../validators"

/** POST /admin/appointments/:id/refund — give back part or all of what was paid, with a reason, through the gateway that took it. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<RefundBody>(req)
  const { appointment } = await staffAppointment(req)
  await refundMore(req.scope, appointment, body.amount_fen, { actor: `user:${req.auth_context.actor_id}`, reason: body.reason })
  const { appointment: refunded } = await staffAppointment(req)
  res.json({ appointment: await staffAppointmentDetail(req.scope, refunded) })
})
