import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { TransitionError } from "@doorstep/booking-core"
import { cancellationQuote, ownAppointment, policyOf, serializeQuote } from "../../../../../lib/own-appointment"
import { refundCancelled } from "../../../../../lib/refunds"
import { APPOINTMENT_CANCELLED_EVENT } from "../../../../../modules/appointment"
import { DomainError, handleDomainErrors } from "../../../../domain-error"
import { serializeAppointment } from "../../serialize"

/** POST /store/appointments/:id/cancel — cancels as quoted and refunds through the gateway that was paid; the slot is free again at once, and dispatch is called off. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { appointment, appointments } = await ownAppointment(req)
  const settings = appointments.bookingSettings()
  const now = Date.now()
  const quote = cancellationQuote(policyOf(appointment, settings.policy), appointment, now)
  try {
    await appointments.cancelAppointment(appointment.id, quote, new Date(now))
  } catch (error) {
    if (error instanceof TransitionError) throw new DomainError(409, error.code, error.message)
    throw error
  }
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: APPOINTMENT_CANCELLED_EVENT, data: { id: appointment.id } })
  const [recorded] = await appointments.listAppointments({ id: appointment.id })
  await refundCancelled(req.scope, recorded)
  const [cancelled] = await appointments.listAppointments({ id: appointment.id })
  res.json({ appointment: serializeAppointment(cancelled, settings.timezone), quote: serializeQuote(quote) })
})
