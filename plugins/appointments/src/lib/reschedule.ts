import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { CUSTOMER_MOVABLE_STATUSES, quoteChange, rejectStart } from "@doorstep/booking-core"
import { DomainError } from "../api/domain-error"
import { AppointmentChangedError, isOverlapViolation } from "../modules/appointment/service"
import { START_MESSAGES } from "./holds"
import { ownAppointment, policyOf } from "./own-appointment"
import { planAgain } from "./plan-again"

/**
 * Moves the customer's appointment to `start` with the same beautician, address
 * and service, if the policy allows and the new time is free.
 */
export async function reschedule(req: AuthenticatedMedusaRequest, startIso: string, now = Date.now()) {
  const { appointment, appointments } = await ownAppointment(req)
  const settings = appointments.bookingSettings()
  if (!CUSTOMER_MOVABLE_STATUSES.includes(appointment.status)) {
    throw new DomainError(409, "INVALID_TRANSITION", `An appointment that is ${appointment.status} cannot be moved`)
  }
  const currentStart = new Date(appointment.starts_at).getTime()
  if (appointment.status === "confirmed") {
    const quote = quoteChange(policyOf(appointment, settings.policy), "reschedule", { now, start: currentStart, amountPaid: appointment.paid_fen ?? 0 })
    if (!quote.allowed) throw new DomainError(409, "RESCHEDULE_TOO_LATE", "This appointment is too close to move; please contact support")
  }
  const start = Date.parse(startIso)
  const rejection = rejectStart(settings.slots, settings.timezone, now, start)
  if (rejection) throw new DomainError(400, rejection, START_MESSAGES[rejection], "start")

  const unavailable = () => new DomainError(409, "SLOT_UNAVAILABLE", "Your beautician is not free at that time; please choose another")
  try {
    const moved = await planAgain(req.scope, appointments, appointment, start, now, (row, context) =>
      appointments.moveAppointment({ id: appointment.id, expected_status: appointment.status, now: new Date(now), beautician_id: appointment.beautician_id, ...row }, context),
    )
    if (!moved) throw unavailable()
  } catch (error) {
    if (isOverlapViolation(error)) throw new DomainError(409, "SLOT_UNAVAILABLE", "This time has just been taken; please choose another")
    if (error instanceof AppointmentChangedError) throw new DomainError(409, "INVALID_TRANSITION", error.message)
    throw error
  }
  const [moved] = await appointments.listAppointments({ id: appointment.id })
  return { moved, timezone: settings.timezone }
}
