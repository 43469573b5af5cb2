import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelAndRefund, cancellationQuote, policyOf, serializeQuote } from "../../../../../lib/cancellation"
import { ownAppointment } from "../../../../../lib/own-appointment"
import { handleDomainErrors } from "../../../../domain-error"
import { serializeAppointment } from "../../serialize"

/** POST /store/appointments/:id/cancel — cancels as quoted and refunds through the gateway that was paid; the slot is free again at once, and dispatch is called off. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { appointment, appointments } = await ownAppointment(req)
  const settings = appointments.bookingSettings()
  const now = Date.now()
  const quote = cancellationQuote(policyOf(appointment, settings.policy), appointment, now)
  const cancelled = await cancelAndRefund(req.scope, appointment, { quote, actor: `customer:${req.auth_context.actor_id}` }, new Date(now))
  res.json({ appointment: serializeAppointment(cancelled, settings.timezone), quote: serializeQuote(quote) })
})
