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
