import { durationMs, type TimeRange } from "@doorstep/booking-core"

const MINUTE = 60_000

/** Minutes of `ranges` (sorted, disjoint) within each of `days` (sorted, touching), in one pass. */
export function minutesByDay(ranges: readonly TimeRange[], days: readonly TimeRange[]): number[] {
  const minutes = days.map(() => 0)
  let first = 0
  for (const range of ranges) {
    while (first < days.length && days[first].end <= range.start) first++
    for (let d = first; d < days.length && days[d].start < range.end; d++) {
      minutes[d] += durationMs({ start: Math.max(range.start, days[d].start), end: Math.min(range.end, days[d].end) })
    }
  }
  return minutes.map((ms) => Math.round(ms / MINUTE))
}
