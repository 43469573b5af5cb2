import type { BeauticianSchedule, BookedVisit, ServiceAddress, SlotRules, VisitPlan } from "./schedule"
import { merge, subtract, type TimeRange } from "./time-range"
import type { TravelTimeEstimator } from "./travel-time"
import { workingRanges, type WorkingHours } from "./working-hours"

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** Working ranges by hours object and day-aligned reach; callers never change hours once handed in. */
const workingTimeMemo = new WeakMap<WorkingHours, Map<string, TimeRange[]>>()

/**
 * When a beautician works around `window`, reaching a day either side (travel and
 * buffers may reach beyond the window asked for). Worked out once per distinct
 * hours and days: in a city, thousands of calendars share a handful of weekly
 * patterns, and callers that pass the same `WorkingHours` object for them (as a
 * roster does) pay for each pattern once.
 */
export function workingTimeAround(hours: WorkingHours, window: TimeRange): TimeRange[] {
  const reach = { start: Math.floor(window.start / DAY) * DAY - DAY, end: Math.ceil(window.end / DAY) * DAY + DAY }
  const key = `${reach.start} ${reach.end}`
  let byReach = workingTimeMemo.get(hours)
  if (!byReach) workingTimeMemo.set(hours, (byReach = new Map()))
  let ranges = byReach.get(key)
  if (!ranges) {
    if (byReach.size >= 64) byReach.clear()
    byReach.set(key, (ranges = merge(workingRanges(hours, reach))))
  }
  return ranges
}

/**
 * A beautician's day, prepared once per query: the free stretches between
 * working-window edges, time off and booked visits (with their buffers), and who
 * is at each edge of them — a visit's address, or home.
 */
export class Calendar {
  private readonly free: TimeRange[]
  private readonly visitEndingAt = new Map<number, BookedVisit>()
  private readonly visitStartingAt = new Map<number, BookedVisit>()
  private readonly travelInStretch = new Map<TimeRange, { address: ServiceAddress; travelIn: number; travelOut: number }>()

  constructor(
    private readonly schedule: BeauticianSchedule,
    private readonly rules: SlotRules,
    private readonly travel: TravelTimeEstimator,
    window: TimeRange,
  ) {
    const occupied = schedule.visits.map((visit) => {
      const range = {
        start: visit.start - visit.bufferBeforeMinutes * MINUTE,
        end: visit.end + visit.bufferAfterMinutes * MINUTE,
      }
      this.visitStartingAt.set(range.start, visit)
      this.visitEndingAt.set(range.end, visit)
      return range
    })
    this.free = subtract(subtract(workingTimeAround(schedule.hours, window), merge(schedule.timeOff)), occupied)
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

  /** Travel to `address` from whoever is at the stretch's start, and on to whoever is at its end; once per stretch. */
  private travelAround(stretch: TimeRange, address: ServiceAddress): { travelIn: number; travelOut: number } {
    const known = this.travelInStretch.get(stretch)
    if (known && known.address === address) return known
    const from = this.visitEndingAt.get(stretch.start)?.location ?? this.schedule.home
    const to = this.visitStartingAt.get(stretch.end)?.location ?? this.schedule.home
    const travel = { address, travelIn: this.travel.minutesBetween(from, address.location), travelOut: this.travel.minutesBetween(address.location, to) }
    this.travelInStretch.set(stretch, travel)
    return travel
  }

  /** Whether a visit at `start` fits: travel in, buffers, the service and travel on, all inside one free stretch. */
  fits(start: number, durationMinutes: number, address: ServiceAddress): boolean {
    const stretch = this.stretchContaining(start)
    if (!stretch) return false
    const { travelIn, travelOut } = this.travelAround(stretch, address)
    return (
      start - (this.rules.bufferBeforeMinutes + travelIn) * MINUTE >= stretch.start &&
      start + (durationMinutes + this.rules.bufferAfterMinutes + travelOut) * MINUTE <= stretch.end
    )
  }

  plan(start: number, durationMinutes: number, address: ServiceAddress): VisitPlan | undefined {
    if (!this.fits(start, durationMinutes, address)) return undefined
    const stretch = this.stretchContaining(start)!
    const { travelIn: travelInMinutes, travelOut: travelOutMinutes } = this.travelAround(stretch, address)
    const end = start + durationMinutes * MINUTE
    const blocked = { start: start - (this.rules.bufferBeforeMinutes + travelInMinutes) * MINUTE, end: end + this.rules.bufferAfterMinutes * MINUTE }
    const next = this.visitStartingAt.get(stretch.end)
    const nextVisit = next && { id: next.id, blockedFrom: next.start - (next.bufferBeforeMinutes + travelOutMinutes) * MINUTE }
    return { start, end, blocked, travelInMinutes, travelOutMinutes, ...(nextVisit ? { nextVisit } : {}) }
  }
}

