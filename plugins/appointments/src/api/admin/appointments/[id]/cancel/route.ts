import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelAndRefund, policyOf, serializeQuote, staffCancellationQuote } from "../../../../../lib/cancellation"
import { staffAppointment, staffAppointmentDetail } from "../../../../../lib/staff-appointments"
import { handleDomainErrors } from "../../../../domain-error"
import { validated } from "../../../../validation"
import type { StaffCancelBody } from "../../validators"

/**
 * POST /admin/appointments/:id/cancel — staff cancel for the customer or the
 * studio, with a reason: the policy's fee is kept unless they waive it, the
 * rest is refunded through the gateway that was paid, and dispatch is called off.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<StaffCancelBody>(req)
  const { appointment, appointments } = await staffAppointment(req)
  const now = Date.now()
  const quote = staffCancellationQuote(policyOf(appointment, appointments.bookingSettings().policy), appointment, now, body.waive_fee)
  const cancelled = await cancelAndRefund(req.scope, appointment, { quote, actor: `user:${req.auth_context.actor_id}`, reason: body.reason, waived: body.waive_fee }, new Date(now))
  res.json({ appointment: await staffAppointmentDetail(req.scope, cancelled), quote: serializeQuote(quote) })
})
