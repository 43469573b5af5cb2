import { DateTime } from "luxon"
import { dateInZone, ZONE } from "../time"
import type { DateOverride, LocalWindow, ProJob, TimeOff, WeeklyWindow } from "./schedule"

/** An interval of instants, epoch milliseconds, half-open. */
export interface Span {
  start: number
  end: number
}

/** One local date of the beautician's calendar: the hours it has, what fills them, and what is left free. */
export interface DayPlan {
  date: string
  /** Whether the date keeps the weekly hours or has hours of its own (an override; none is a day off). */
  hours: "weekly" | "override"
  windows: LocalWindow[]
  working: Span[]
  jobs: ProJob[]
  timeOff: TimeOff[]
  free: Span[]
}

const MINUTE = 60_000
/** Gaps shorter than this are no free time anyone could book. */
const SHORTEST_FREE_MS = 15 * MINUTE

export const startOfDate = (date: string) => DateTime.fromISO(date, { zone: ZONE }).startOf("day")

/** Monday to Sunday of the week holding `date`. */
export function weekOf(date: string): string[] {
  const monday = startOfDate(date).startOf("week")
  return Array.from({ length: 7 }, (_, i) => monday.plus({ days: i }).toISODate()!)
}

/** A local window on `date` as instants; an end at or before the start ends the next day. */
export function windowSpan(date: string, window: LocalWindow): Span {
  const at = (clock: string) => DateTime.fromISO(`${date}T${clock}`, { zone: ZONE })
  const start = at(window.start)
  let end = at(window.end)
  if (end <= start) end = end.plus({ days: 1 })
  return { start: start.toMillis(), end: end.toMillis() }
}

/** `from` less every span of `remove`, in order. */
export function subtract(from: readonly Span[], remove: readonly Span[]): Span[] {
  const cuts = [...remove].sort((a, b) => a.start - b.start)
  const left: Span[] = []
  for (const span of [...from].sort((a, b) => a.start - b.start)) {
    let cursor = span.start
    for (const cut of cuts) {
      if (cut.end <= cursor || cut.start >= span.end) continue
      if (cut.start > cursor) left.push({ start: cursor, end: cut.start })
      cursor = Math.max(cursor, cut.end)
    }
    if (cursor < span.end) left.push({ start: cursor, end: span.end })
  }
  return left
}

export const spanOf = (item: { start: string; end: string } | { starts_at: string; ends_at: string }): Span =>
  "start" in item ? { start: Date.parse(item.start), end: Date.parse(item.end) } : { start: Date.parse(item.starts_at), end: Date.parse(item.ends_at) }

/** The plan of one date from the weekly hours, the date overrides, and the jobs and time off read around it. */
export function dayPlan(date: string, weekly: readonly WeeklyWindow[], overrides: readonly DateOverride[], jobs: readonly ProJob[], timeOff: readonly TimeOff[]): DayPlan {
  const day = startOfDate(date)
  const dayStart = day.toMillis()
  const dayEnd = day.plus({ days: 1 }).toMillis()
  const override = overrides.find((o) => o.date === date)
  const windows = override ? override.windows : weekly.filter((w) => w.weekday === day.weekday).map(({ start, end }) => ({ start, end }))
  const working = windows.map((w) => windowSpan(date, w)).sort((a, b) => a.start - b.start)
  const mine = jobs.filter((job) => dateInZone(job.start) === date)
  const away = timeOff.filter((t) => Date.parse(t.starts_at) < dayEnd && Date.parse(t.ends_at) > dayStart)
  const free = subtract(working, [...mine.map(spanOf), ...away.map(spanOf)]).filter((span) => span.end - span.start >= SHORTEST_FREE_MS)
  return { date, hours: override ? "override" : "weekly", windows, working, jobs: mine, timeOff: away, free }
}

/** Minutes worked and free in a plan, for a day's summary. */
export const minutesIn = (spans: readonly Span[]) => spans.reduce((sum, s) => sum + (s.end - s.start), 0) / MINUTE
