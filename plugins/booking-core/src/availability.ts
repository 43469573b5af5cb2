import { isWithinRadius, type GeoPoint } from "./geo"
import { gridStarts } from "./slot-grid"
import { merge, subtract, type TimeRange } from "./time-range"
import type { TravelTimeEstimator } from "./travel-time"
import { workingRanges, type WorkingHours } from "./working-hours"

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** An appointment already on a beautician's calendar. */
export interface BookedVisit {
  id?: string
  start: number
  end: number
  location: GeoPoint
  bufferBeforeMinutes: number
  bufferAfterMinutes: number
}

export interface BeauticianSchedule {
  id: string
  home: GeoPoint
  serviceRadiusKm: number
  /** When present, the address's district must be one of these as well. */
  districts?: string[]
  hours: WorkingHours
  timeOff: TimeRange[]
  visits: BookedVisit[]
}

export interface SlotRules {
  stepMinutes: number
  minNoticeMinutes: number
  maxDaysAhead: number
  /** Preparation at the address before the service starts. */
  bufferBeforeMinutes: number
  /** Packing up and cleaning after the service ends. */
  bufferAfterMinutes: number
}

export const DEFAULT_SLOT_RULES: SlotRules = {
  stepMinutes: 30,
  minNoticeMinutes: 60,
  maxDaysAhead: 14,
  bufferBeforeMinutes: 10,
  bufferAfterMinutes: 10,
}

export interface ServiceAddress {
  location: GeoPoint
  district?: string
}

/** One beautician's visit at one start: what it blocks on their calendar. */
export interface VisitPlan {
  start: number
  end: number
  /** Travel in, buffers and the service: the range stored under the no-overlap constraint. */
  blocked: TimeRange
  travelInMinutes: number
  /** To the next visit or home; checked here, counted in the next visit's travel in. */
  travelOutMinutes: number
  /**
   * The visit that now follows this one, whose travel in starts from this address:
   * its blocked range must start at `blockedFrom` once this visit is booked.
   */
  nextVisit?: { id?: string; blockedFrom: number }
}

export interface Slot {
  start: number
  end: number
  beauticianIds: string[]
}

/** The part of `window` a customer may book at `now`: after the notice, before the horizon. */
export function bookableWindow(rules: SlotRules, now: number, window: TimeRange): TimeRange {
  return {
    start: Math.max(window.start, now + rules.minNoticeMinutes * MINUTE),
    end: Math.min(window.end, now + rules.maxDaysAhead * DAY),
  }
}

export function servesAddress(schedule: BeauticianSchedule, address: ServiceAddress): boolean {
  if (!isWithinRadius(schedule.home, schedule.serviceRadiusKm, address.location)) return false
  if (!schedule.districts || schedule.districts.length === 0) return true
  return address.district !== undefined && schedule.districts.includes(address.district)
}

/**
 * Working time for a query, shared by every beautician with the same hours: in a
 * city, thousands of calendars follow a handful of weekly patterns.
 */
function workingTime(hours: WorkingHours, reach: TimeRange, cache?: Map<string, TimeRange[]>): TimeRange[] {
  if (!cache) return workingRanges(hours, reach)
  const key = JSON.stringify(hours)
  let ranges = cache.get(key)
  if (!ranges) {
    ranges = workingRanges(hours, reach)
    cache.set(key, ranges)
  }
  return ranges
}

/**
 * A beautician's day, prepared once per query: the free stretches between
 * working-window edges, time off and booked visits (with their buffers), and who
 * is at each edge of them — a visit's address, or home.
 */
class Calendar {
  private readonly free: TimeRange[]
  private readonly visitEndingAt = new Map<number, BookedVisit>()
  private readonly visitStartingAt = new Map<number, BookedVisit>()

  constructor(
    private readonly schedule: BeauticianSchedule,
    private readonly rules: SlotRules,
    private readonly travel: TravelTimeEstimator,
    window: TimeRange,
    hoursCache?: Map<string, TimeRange[]>,
  ) {
    // Travel and buffers may reach beyond the window asked for.
    const reach = { start: window.start - DAY, end: window.end + DAY }
    const occupied = schedule.visits.map((visit) => {
      const range = {
        start: visit.start - visit.bufferBeforeMinutes * MINUTE,
        end: visit.end + visit.bufferAfterMinutes * MINUTE,
      }
      this.visitStartingAt.set(range.start, visit)
      this.visitEndingAt.set(range.end, visit)
      return range
    })
    this.free = subtract(subtract(workingTime(schedule.hours, reach, hoursCache), merge(schedule.timeOff)), occupied)
  }

  private stretchContaining(at: number): TimeRange | undefined {
    let low = 0
    let high = this.free.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const stretch = this.free[middle]
      if (at < stretch.start) high = middle - 1
      else if (at >= stretch.end) low = middle + 1
      else return stretch
    }
    return undefined
  }

  plan(start: number, durationMinutes: number, address: ServiceAddress): VisitPlan | undefined {
    const stretch = this.stretchContaining(start)
    if (!stretch) return undefined
    const from = this.visitEndingAt.get(stretch.start)?.location ?? this.schedule.home
    const to = this.visitStartingAt.get(stretch.end)?.location ?? this.schedule.home
    const travelInMinutes = this.travel.minutesBetween(from, address.location)
    const travelOutMinutes = this.travel.minutesBetween(address.location, to)
    const end = start + durationMinutes * MINUTE
    const blocked = { start: start - (this.rules.bufferBeforeMinutes + travelInMinutes) * MINUTE, end: end + this.rules.bufferAfterMinutes * MINUTE }
    const needed = { start: blocked.start, end: blocked.end + travelOutMinutes * MINUTE }
    if (needed.start < stretch.start || needed.end > stretch.end) return undefined
    const next = this.visitStartingAt.get(stretch.end)
    const nextVisit = next && { id: next.id, blockedFrom: next.start - (next.bufferBeforeMinutes + travelOutMinutes) * MINUTE }
    return { start, end, blocked, travelInMinutes, travelOutMinutes, ...(nextVisit ? { nextVisit } : {}) }
  }
}

export interface AvailabilityQuery {
  now: number
  /** The zone whose wall clock the slot grid follows (the customer's city). */
  timezone: string
  window: TimeRange
  durationMinutes: number
  address: ServiceAddress
}

/** Every bookable start in the window, with the beauticians who can take it. */
export function availableSlots(
  schedules: readonly BeauticianSchedule[],
  query: AvailabilityQuery,
  rules: SlotRules,
  travel: TravelTimeEstimator,
): Slot[] {
  const window = bookableWindow(rules, query.now, query.window)
  if (window.end <= window.start) return []
  const starts = gridStarts(query.timezone, rules.stepMinutes, window)
  const byStart = new Map<number, string[]>()
  const hoursCache = new Map<string, TimeRange[]>()
  for (const schedule of schedules) {
    if (!servesAddress(schedule, query.address)) continue
    const calendar = new Calendar(schedule, rules, travel, window, hoursCache)
    for (const start of starts) {
      if (!calendar.plan(start, query.durationMinutes, query.address)) continue
      const ids = byStart.get(start)
      if (ids) ids.push(schedule.id)
      else byStart.set(start, [schedule.id])
    }
  }
  return starts
    .filter((start) => byStart.has(start))
    .map((start) => ({ start, end: start + query.durationMinutes * MINUTE, beauticianIds: byStart.get(start)! }))
}

/** The earliest bookable slot: "as soon as possible". */
export function earliestSlot(
  schedules: readonly BeauticianSchedule[],
  query: AvailabilityQuery,
  rules: SlotRules,
  travel: TravelTimeEstimator,
): Slot | undefined {
  return availableSlots(schedules, query, rules, travel)[0]
}

/** What booking one beautician at one start would block, or undefined if it does not fit. */
export function planVisit(
  schedule: BeauticianSchedule,
  start: number,
  durationMinutes: number,
  address: ServiceAddress,
  rules: SlotRules,
  travel: TravelTimeEstimator,
): VisitPlan | undefined {
  if (!servesAddress(schedule, address)) return undefined
  const calendar = new Calendar(schedule, rules, travel, { start, end: start + durationMinutes * MINUTE })
  return calendar.plan(start, durationMinutes, address)
}
