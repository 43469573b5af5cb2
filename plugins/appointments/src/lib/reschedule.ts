import type { MedusaContainer } from "@medusajs/framework/types"
import { CUSTOMER_MOVABLE_STATUSES, STAFF_MOVABLE_STATUSES, quoteChange, rejectStart } from "@doorstep/booking-core"
import { DomainError } from "../api/domain-error"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import { AppointmentChangedError, isOverlapViolation, type AppointmentRow } from "../modules/appointment/service"
import { policyOf } from "./cancellation"
import { START_MESSAGES } from "./holds"
import { planAgain } from "./plan-again"

/** Who moves the appointment: its customer, within the policy's cut-off, or the studio's staff, with a reason, until the beautician sets off. */
export type Mover = { by: "customer"; actor: string } | { by: "staff"; actor: string; reason: string }

/**
 * Moves `appointment` to `start` with the same beautician, address and
 * service, if the mover may and the new time is free; the old time is given
 * up only once the new one is secured, and the move is recorded with who and
 * why in the same transaction.
 */
export async function reschedule(container: MedusaContainer, appointment: AppointmentRow, startIso: string, mover: Mover, now = Date.now()) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const settings = appointments.bookingSettings()
  const movable = mover.by === "customer" ? CUSTOMER_MOVABLE_STATUSES : STAFF_MOVABLE_STATUSES
  if (!movable.includes(appointment.status)) {
    throw new DomainError(409, "INVALID_TRANSITION", `An appointment that is ${appointment.status} cannot be moved`)
  }
  const currentStart = new Date(appointment.starts_at).getTime()
  if (mover.by === "customer" && appointment.status === "confirmed") {
    const quote = quoteChange(policyOf(appointment, settings.policy), "reschedule", { now, start: currentStart, amountPaid: appointment.paid_fen ?? 0 })
    if (!quote.allowed) throw new DomainError(409, "RESCHEDULE_TOO_LATE", "This appointment is too close to move; please contact support")
  }
  const start = Date.parse(startIso)
  const rejection = rejectStart(settings.slots, settings.timezone, now, start)
  if (rejection) throw new DomainError(400, rejection, START_MESSAGES[rejection], "start")

  const unavailable = () => new DomainError(409, "SLOT_UNAVAILABLE", "Your beautician is not free at that time; please choose another")
  try {
    const moved = await planAgain(container, appointments, appointment, start, now, async (row, context) => {
      await appointments.moveAppointment({ id: appointment.id, expected_status: appointment.status, now: new Date(now), beautician_id: appointment.beautician_id, ...row }, context)
      const details = { from: new Date(appointment.starts_at).toISOString(), to: row.starts_at.toISOString() }
      await appointments.createAppointmentChanges({ appointment_id: appointment.id, kind: "rescheduled", actor: mover.actor, reason: mover.by === "staff" ? mover.reason : null, details }, context)
    })
    if (!moved) throw unavailable()
  } catch (error) {
    if (isOverlapViolation(error)) throw new DomainError(409, "SLOT_UNAVAILABLE", "This time has just been taken; please choose another")
    if (error instanceof AppointmentChangedError) throw new DomainError(409, "INVALID_TRANSITION", error.message)
    throw error
  }
  const [moved] = await appointments.listAppointments({ id: appointment.id })
  return { moved, timezone: settings.timezone }
}
