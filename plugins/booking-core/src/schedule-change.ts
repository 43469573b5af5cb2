import { contains, merge, subtract, type TimeRange } from "./time-range"
import { workingRanges, type WorkingHours } from "./working-hours"

export interface ScheduledVisit extends TimeRange {
  id: string
}

/**
 * The booked visits a schedule change would leave outside working time: each
 * visit's service must lie inside one working stretch that no time off cuts.
 * A change that orphans any of them must be refused, naming them.
 */
export function orphanedVisits(hours: WorkingHours, timeOff: readonly TimeRange[], visits: readonly ScheduledVisit[]): ScheduledVisit[] {
  if (visits.length === 0) return []
  const span = { start: Math.min(...visits.map((v) => v.start)), end: Math.max(...visits.map((v) => v.end)) }
  const available = subtract(workingRanges(hours, span), merge(timeOff))
  return visits.filter((visit) => !contains(available, visit))
}

/** A schedule: working hours and the time off cut from them. */
export interface Schedule {
  hours: WorkingHours
  timeOff: readonly TimeRange[]
}

/**
 * The visits a change from `before` to `after` would newly leave outside
 * working time. A visit already outside (booked by hand over a break, or
 * hours changed before the rule held) is the studio's to settle, and must
 * not block an unrelated change.
 */
export function newlyOrphanedVisits(before: Schedule, after: Schedule, visits: readonly ScheduledVisit[]): ScheduledVisit[] {
  const outsideAlready = new Set(orphanedVisits(before.hours, before.timeOff, visits).map((v) => v.id))
  return orphanedVisits(after.hours, after.timeOff, visits).filter((v) => !outsideAlready.has(v.id))
}
