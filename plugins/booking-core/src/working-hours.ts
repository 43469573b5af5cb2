import { DateTime } from "luxon"
import { isKnownZone } from "./zones"
import { intersect, merge, type TimeRange } from "./time-range"

/** A local wall-clock window, "HH:mm". An `end` at or before `start` ends on the next day. */
export interface LocalWindow {
  start: string
  end: string
}

/** A recurring window on an ISO weekday (1 = Monday … 7 = Sunday). */
export interface WeeklyWindow extends LocalWindow {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7
}

/** Replaces the weekly windows of one local date; no windows means a day off. */
export interface DateOverride {
  date: string
  windows: LocalWindow[]
}

export interface WorkingHours {
  timezone: string
  weekly: WeeklyWindow[]
  overrides?: DateOverride[]
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/

export class WorkingHoursError extends Error {
  readonly code = "INVALID_WORKING_HOURS"
}

function assertValid(hours: WorkingHours): void {
  if (!isKnownZone(hours.timezone)) {
    throw new WorkingHoursError(`Unknown time zone "${hours.timezone}"`)
  }
  const windows: LocalWindow[] = [...hours.weekly, ...(hours.overrides ?? []).flatMap((o) => o.windows)]
  for (const window of windows) {
    if (!HH_MM.test(window.start) || !HH_MM.test(window.end)) {
      throw new WorkingHoursError(`Times must be HH:mm, got ${window.start}–${window.end}`)
    }
  }
}

function toRange(date: DateTime, window: LocalWindow): TimeRange {
  const [startHour, startMinute] = window.start.split(":").map(Number)
  const [endHour, endMinute] = window.end.split(":").map(Number)
  const start = date.set({ hour: startHour, minute: startMinute })
  let end = date.set({ hour: endHour, minute: endMinute })
  if (end <= start) end = end.plus({ days: 1 }).set({ hour: endHour, minute: endMinute })
  return { start: start.toMillis(), end: end.toMillis() }
}

/**
 * The instants inside `within` at which the beautician works, in UTC. Local times
 * that a DST change skips move forward with the clock; repeated ones take their
 * first occurrence, so a window never silently shrinks or doubles.
 */
export function workingRanges(hours: WorkingHours, within: TimeRange): TimeRange[] {
  assertValid(hours)
  const overrides = new Map((hours.overrides ?? []).map((o) => [o.date, o.windows]))
  // Start a day early: yesterday's overnight shift may reach into the range.
  let day = DateTime.fromMillis(within.start, { zone: hours.timezone }).startOf("day").minus({ days: 1 })
  const last = DateTime.fromMillis(within.end, { zone: hours.timezone }).startOf("day")
  const ranges: TimeRange[] = []
  while (day <= last) {
    const windows = overrides.get(day.toISODate()!) ?? hours.weekly.filter((w) => w.weekday === day.weekday)
    for (const window of windows) ranges.push(toRange(day, window))
    day = day.plus({ days: 1 }).startOf("day")
  }
  return intersect(merge(ranges), [within])
}
