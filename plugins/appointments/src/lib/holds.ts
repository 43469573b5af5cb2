import type { MedusaContainer } from "@medusajs/framework/types"
import { planVisit, rejectStart, straightLineEstimator, type BeauticianSchedule, type TimeRange, type VisitPlan } from "@doorstep/booking-core"
import { DomainError } from "../api/domain-error"
import type { CreateHoldBody } from "../api/store/appointments/validators"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import { AppointmentChangedError, isOverlapViolation } from "../modules/appointment/service"
import { bookingCandidates, type RosterEntry } from "./roster"
import { planAgain } from "./plan-again"
import { calendarReach, calendarsOf, hasLapsedHold, inBatches, isLive, loadCalendars, planRow } from "./schedules"
import { loadBookableVariant, type BookableVariant } from "./services"

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
  const request = { appointments, customerId, input, variant, start, now }
  // The roster in memory spares a query when it proves right: its version is read again under the locks.
  return (await holdFromRoster(request, true)) ?? (await holdFromRoster(request, false))!
}

interface HoldRequest {
  appointments: AppointmentModuleService
  customerId: string
  input: CreateHoldBody
  variant: BookableVariant
  start: number
  now: number
}

/**
 * Resolves to undefined, having written nothing, when `remembered` and the
 * remembered roster turns out out of date, or answers otherwise than a
 * current one might (no candidate, or several to rank from calendars in memory).
 */
async function holdFromRoster({ appointments, customerId, input, variant, start, now }: HoldRequest, remembered: boolean) {
  const settings = appointments.bookingSettings()
  const { version, roster } = await appointments.versionedRoster(remembered)
  const address = { location: { lat: input.address.lat, lng: input.address.lng }, district: input.address.district }
  let serving: RosterEntry[]
  try {
    serving = bookingCandidates(roster, variant.productId, address, input.beautician_id, variant.merchantHandle)
  } catch (error) {
    if (remembered) return undefined
    throw error
  }
  if (remembered && serving.length !== 1) return undefined
  if (serving.length === 0) {
    throw new DomainError(400, "OUTSIDE_SERVICE_AREA", "No beautician for this service comes to this address", "address")
  }

  // Nearest homes first, a batch at a time, ranked from memory by the least travel (a batch of one
  // needs no ranking). Each try plans again from the database under the beautician's calendar lock,
  // so it sees every booking made before it.
  const travel = straightLineEstimator(settings.travel)
  const window = { start, end: start + variant.durationMinutes * MINUTE }
  const planFor = (calendar: BeauticianSchedule) => planVisit(calendar, start, variant.durationMinutes, address, settings.slots, travel)
  for (const batch of inBatches(serving)) {
    for (const beautician of batch.length === 1 ? batch : await rankedByTravel(appointments, batch, window, now, planFor)) {
      try {
        const reach = { beauticianId: beautician.id, customerId, ...calendarReach(window), now: new Date(now), limit: settings.liveHoldsPerCustomer }
        const held = await appointments.withHoldCalendar(reach, async ({ entries, liveHolds, rosterVersion }, context) => {
          if (remembered && rosterVersion !== version) return ROSTER_MOVED
          const plan = planFor(calendarsOf([beautician], entries, now)[0])
          if (!plan) return undefined
          refuseTooManyHolds(liveHolds, settings.liveHoldsPerCustomer, now)
          return await appointments.holdSlot(
            {
              now: new Date(now),
              beautician_id: beautician.id,
              customer_id: customerId,
              variant_id: variant.id,
              ...planRow(plan),
              lapsed_holds_in_the_way: hasLapsedHold(entries, now),
              address: input.address,
              lat: input.address.lat,
              lng: input.address.lng,
              expires_at: new Date(now + settings.holdMinutes * MINUTE),
            },
            context,
          )
        })
        if (held === ROSTER_MOVED) return undefined
        if (held) return held
      } catch (error) {
        if (!isOverlapViolation(error)) throw error
      }
    }
  }
  throw new DomainError(409, "SLOT_UNAVAILABLE", "This time has just been taken; please choose another")
}

/** A hold planned on a remembered roster found it changed under the locks: it wrote nothing. */
const ROSTER_MOVED = Symbol("roster moved")

/** The batch's beauticians who are free then by the calendars in memory, least travel first. */
async function rankedByTravel(
  appointments: AppointmentModuleService,
  batch: readonly RosterEntry[],
  window: TimeRange,
  now: number,
  planFor: (calendar: BeauticianSchedule) => VisitPlan | undefined,
): Promise<RosterEntry[]> {
  const calendars = await loadCalendars(appointments, batch, window, now, { fromMemory: true })
  return batch
    .map((beautician, i) => ({ beautician, plan: planFor(calendars[i]) }))
    .filter((c): c is { beautician: RosterEntry; plan: VisitPlan } => c.plan !== undefined)
    .sort((a, b) => a.plan.travelInMinutes - b.plan.travelInMinutes)
    .map((c) => c.beautician)
}

/**
 * A customer holding `limit` times already must pay for one or let one lapse
 * first (429 `TOO_MANY_HOLDS`, retry when the first lapses): every hold
 * blocks a beautician's time, so nobody can block a city's calendars. The
 * count was read under the lock of the customer's holds, so two holds made at
 * once are counted one after the other.
 */
function refuseTooManyHolds(live: { count: number; firstLapsesAt: Date | null }, limit: number, now: number) {
  if (live.count < limit) return
  const retryAfter = Math.max(1, Math.ceil(((live.firstLapsesAt?.getTime() ?? now) - now) / 1000))
  throw new DomainError(429, "TOO_MANY_HOLDS", `You are holding ${live.count} times already; pay for one or let one lapse first`, undefined, { retry_after_seconds: retryAfter })
}

/**
 * Takes lapsed holds back for a customer who has paid meanwhile: each must
 * still be bookable at its own time with its own beautician, planned again
 * under the calendar lock. Resolves to false, having written nothing for the
 * hold that failed, when any time is no longer free.
 */
export async function retakeLapsedHolds(container: MedusaContainer, ids: string[], now = Date.now()): Promise<boolean> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const settings = appointments.bookingSettings()
  for (const appointment of await appointments.listAppointments({ id: ids })) {
    if (isLive(appointment, now)) continue
    if (appointment.status !== "held" && appointment.status !== "expired") return false
    const start = new Date(appointment.starts_at).getTime()
    if (rejectStart(settings.slots, settings.timezone, now, start)) return false
    try {
      const retaken = await planAgain(container, appointments, appointment, start, now, (row, context) =>
        appointments.moveAppointment(
          // Making room first marks this lapsed hold expired, so that is the status it is taken back from.
          { id: appointment.id, expected_status: "expired", now: new Date(now), beautician_id: appointment.beautician_id, ...row, hold_until: new Date(now + settings.holdMinutes * MINUTE) },
          context,
        ),
      )
      if (!retaken) return false
    } catch (error) {
      if (isOverlapViolation(error) || error instanceof AppointmentChangedError) return false
      throw error
    }
  }
  return true
}
