import type { MedusaContainer } from "@medusajs/framework/types"
import { planVisit, rejectStart, straightLineEstimator, type BeauticianSchedule, type VisitPlan } from "@doorstep/booking-core"
import { DomainError } from "../api/domain-error"
import type { CreateHoldBody } from "../api/store/appointments/validators"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import { isOverlapViolation } from "../modules/appointment/service"
import { bookingCandidates } from "./roster"
import { inBatches, loadCalendars, planRow } from "./schedules"
import { loadBookableVariant } from "./services"

const MINUTE = 60_000

export const START_MESSAGES = {
  START_OFF_GRID: "The start is not one of the bookable times",
  START_IN_PAST: "The start is in the past",
  START_TOO_SOON: "The start is sooner than the minimum notice",
  BEYOND_HORIZON: "The start is further ahead than bookings are open",
} as const

/**
 * Holds a slot for a customer: checks the request against the rules, then tries
 * the beauticians who can take it — nearest first — until the database accepts
 * one. Nothing is written when it fails.
 */
export async function holdSlot(container: MedusaContainer, customerId: string, input: CreateHoldBody, now = Date.now()) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const settings = appointments.bookingSettings()
  const variant = await loadBookableVariant(container, input.variant_id)
  const start = Date.parse(input.start)
  const rejection = rejectStart(settings.slots, settings.timezone, now, start)
  if (rejection) throw new DomainError(400, rejection, START_MESSAGES[rejection], "start")

  const roster = await appointments.roster()
  const address = { location: { lat: input.address.lat, lng: input.address.lng }, district: input.address.district }
  const serving = bookingCandidates(roster, variant.productId, address, input.beautician_id)
  if (serving.length === 0) {
    throw new DomainError(400, "OUTSIDE_SERVICE_AREA", "No beautician for this service comes to this address", "address")
  }

  // Nearest homes first, a batch at a time; within a batch, the least travel first.
  const travel = straightLineEstimator(settings.travel)
  const window = { start, end: start + variant.durationMinutes * MINUTE }
  for (const batch of inBatches(serving)) {
    const candidates = (await loadCalendars(appointments, batch, window, now))
      .map((calendar) => ({ calendar, plan: planVisit(calendar, start, variant.durationMinutes, address, settings.slots, travel) }))
      .filter((c): c is { calendar: BeauticianSchedule; plan: VisitPlan } => c.plan !== undefined)
      .sort((a, b) => a.plan.travelInMinutes - b.plan.travelInMinutes)
    for (const { calendar, plan } of candidates) {
      try {
        return await appointments.holdSlot({
          now: new Date(now),
          beautician_id: calendar.id,
          customer_id: customerId,
          variant_id: variant.id,
          ...planRow(plan),
          address: input.address,
          lat: input.address.lat,
          lng: input.address.lng,
          expires_at: new Date(now + settings.holdMinutes * MINUTE),
        })
      } catch (error) {
        if (!isOverlapViolation(error)) throw error
      }
    }
  }
  throw new DomainError(409, "SLOT_UNAVAILABLE", "This time has just been taken; please choose another")
}
