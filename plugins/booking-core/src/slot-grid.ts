import { DateTime } from "luxon"
import { isKnownZone } from "./zones"
import type { TimeRange } from "./time-range"

/**
 * Bookable start times: every `stepMinutes` of local wall-clock time in `timezone`
 * (so :00 and :30 stay :00 and :30 on DST days and in +05:30 zones). A local time
 * that a DST change skips is not a start; a repeated one counts once.
 */
export function gridStarts(timezone: string, stepMinutes: number, within: TimeRange): number[] {
  if (!isKnownZone(timezone)) throw new RangeError(`Unknown time zone "${timezone}"`)
  if (!Number.isInteger(stepMinutes) || stepMinutes < 5 || 1440 % stepMinutes !== 0) {
    throw new RangeError("stepMinutes must be a whole divisor of a day, at least 5")
  }
  const starts: number[] = []
  let day = DateTime.fromMillis(within.start, { zone: timezone }).startOf("day")
  const lastDay = DateTime.fromMillis(within.end, { zone: timezone }).startOf("day")
  while (day <= lastDay) {
    for (const at of dayGrid(timezone, stepMinutes, day)) {
      if (at >= within.start && at < within.end && at !== starts[starts.length - 1]) starts.push(at)
    }
    day = day.plus({ days: 1 }).startOf("day")
  }
  return starts
}

/** Each local day's grid is worked out once: every availability query walks the same few days. */
const dayGrids = new Map<string, readonly number[]>()

function dayGrid(timezone: string, stepMinutes: number, day: DateTime): readonly number[] {
  const key = `${timezone} ${stepMinutes} ${day.toMillis()}`
  let grid = dayGrids.get(key)
  if (!grid) {
    const starts: number[] = []
    for (let minute = 0; minute < 1440; minute += stepMinutes) {
      const hour = Math.floor(minute / 60)
      const local = day.set({ hour, minute: minute % 60 })
      if (local.hour === hour && local.minute === minute % 60) starts.push(local.toMillis())
    }
    if (dayGrids.size >= 1000) dayGrids.clear()
    dayGrids.set(key, (grid = starts))
  }
  return grid
}

/** Whether `at` is one of the grid's start times. */
export function isOnGrid(timezone: string, stepMinutes: number, at: number): boolean {
  const local = DateTime.fromMillis(at, { zone: timezone })
  return local.second === 0 && local.millisecond === 0 && (local.hour * 60 + local.minute) % stepMinutes === 0
}

/** The UTC range of one local calendar date (23, 24 or 25 hours long). */
export function localDate(timezone: string, isoDate: string, days = 1): TimeRange {
  const start = DateTime.fromISO(isoDate, { zone: timezone })
  if (!start.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`Not a date: "${isoDate}"`)
  return { start: start.toMillis(), end: start.plus({ days }).toMillis() }
}

const zonedIsos = new Map<string, string>()

/** An instant as ISO 8601 with the zone's offset, e.g. 2026-11-25T10:00:00.000+08:00. */
export function toZonedIso(at: number, timezone: string): string {
  // Slot starts repeat in every answer; formatting them is not free.
  const key = `${timezone} ${at}`
  let iso = zonedIsos.get(key)
  if (iso === undefined) {
    if (zonedIsos.size >= 10_000) zonedIsos.clear()
    zonedIsos.set(key, (iso = DateTime.fromMillis(at, { zone: timezone }).toISO()!))
  }
  return iso
}
