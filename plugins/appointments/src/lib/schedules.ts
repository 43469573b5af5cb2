import type { Context } from "@medusajs/framework/types"
import { occupiesCalendar, type BeauticianSchedule, type BookedVisit, type TimeRange, type VisitPlan } from "@doorstep/booking-core"
import type AppointmentModuleService from "../modules/appointment/service"
import type { RosterEntry } from "./roster"
import type { CalendarEntryRow } from "./schedule-reads"

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

type VisitRow = Extract<CalendarEntryRow, { kind: "visit" }>

/** A stored appointment as the calendar sees it; its travel in is recomputed from its neighbours. */
export function toBookedVisit(row: VisitRow): BookedVisit {
  return {
    id: row.id,
    start: row.starts_at,
    end: row.ends_at,
    location: { lat: row.lat, lng: row.lng },
    bufferBeforeMinutes: (row.starts_at - row.blocked_from) / MINUTE - row.travel_in_minutes,
    bufferAfterMinutes: (row.blocked_until - row.ends_at) / MINUTE,
  }
}

/** Holds past their expiry no longer occupy anything, even before the expiry job marks them. */
export const isLive = (appointment: { status: string; expires_at: Date | string | number | null }, now: number) =>
  occupiesCalendar({ status: appointment.status, expiresAt: appointment.expires_at === null ? null : new Date(appointment.expires_at).getTime() }, now)

/**
 * Each beautician's time off and live bookings around `window`, in the order given: their calendar,
 * ready for the slot rules. `fromMemory` answers from the calendars kept in
 * memory, as of the last `roster()` call; `context` reads inside a transaction.
 */
export async function loadCalendars(
  appointments: AppointmentModuleService,
  beauticians: readonly RosterEntry[],
  window: TimeRange,
  now: number,
  options: { fromMemory?: boolean; context?: Context } = {},
): Promise<BeauticianSchedule[]> {
  if (beauticians.length === 0) return []
  const ids = beauticians.map((b) => b.id)
  const { from, until } = calendarReach(window)
  const entries = options.fromMemory
    ? await appointments.cachedCalendarEntries(ids, from, until)
    : await appointments.listCalendarEntries(ids, from, until, options.context)
  return calendarsOf(beauticians, entries, now)
}

/** The entries a calendar read looks at around `window`: from a day before it to a day after, travel and buffers included. */
export function calendarReach(window: TimeRange) {
  return { from: new Date(window.start - DAY), until: new Date(window.end + DAY) }
}

/** Each beautician's calendar from the entries read for them, in the order given; lapsed holds take no time. */
export function calendarsOf(beauticians: readonly RosterEntry[], entries: readonly CalendarEntryRow[], now: number): BeauticianSchedule[] {
  const calendars = new Map(beauticians.map((b) => [b.id, { ...b, timeOff: [] as TimeRange[], visits: [] as BookedVisit[] }]))
  for (const entry of entries) {
    const calendar = calendars.get(entry.beautician_id)!
    if (entry.kind === "time_off") calendar.timeOff.push({ start: entry.starts_at, end: entry.ends_at })
    else if (isLive(entry, now)) calendar.visits.push(toBookedVisit(entry))
  }
  return [...calendars.values()]
}

/** Whether the entries hold a hold that has lapsed but is not yet marked expired: it still counts for the no-overlap constraint. */
export const hasLapsedHold = (entries: readonly CalendarEntryRow[], now: number) =>
  entries.some((entry) => entry.kind === "visit" && entry.status === "held" && !isLive(entry, now))

/** Candidates in their order, a few first and then in growing batches: most answers need only the nearest. */
export function* inBatches<T>(items: readonly T[], first = 48): Generator<T[]> {
  for (let at = 0, size = first; at < items.length; at += size, size *= 2) yield items.slice(at, at + size)
}

/** What booking a plan writes: the visit's times, its blocked range, and the following visit's new travel in (from here) and start of it. */
export function planRow(plan: VisitPlan) {
  return {
    starts_at: new Date(plan.start),
    ends_at: new Date(plan.end),
    blocked_from: new Date(plan.blocked.start),
    blocked_until: new Date(plan.blocked.end),
    travel_in_minutes: plan.travelInMinutes,
    ...(plan.nextVisit?.id ? { next_visit: { id: plan.nextVisit.id, blocked_from: new Date(plan.nextVisit.blockedFrom), travel_in_minutes: plan.travelOutMinutes } } : {}),
  }
}
