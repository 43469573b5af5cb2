import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { canTransition } from "@doorstep/booking-core"
import { cancellationQuote, policyOf, serializeQuote } from "../../../../../lib/cancellation"
import { ownAppointment } from "../../../../../lib/own-appointment"
import { handleDomainErrors } from "../../../../domain-error"

/** GET /store/appointments/:id/cancellation-quote — what cancelling now would cost and give back (fen). */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { appointment, appointments } = await ownAppointment(req)
  const quote = cancellationQuote(policyOf(appointment, appointments.bookingSettings().policy), appointment, Date.now())
  const cancellable = canTransition(appointment.status, "cancelled")
  res.json({ quote: { ...serializeQuote(quote), allowed: cancellable && quote.allowed } })
})
