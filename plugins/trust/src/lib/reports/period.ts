import { localDate } from "@doorstep/booking-core"
import { DomainError } from "@doorstep/appointments/api/domain-error"

/** The longest period a report covers: a year, and a day more for a leap year. */
export const MAX_REPORT_DAYS = 366
const DAY = 24 * 3600_000

/** Local dates from `from` to `to` (inclusive) in a zone, and the instants they cover, `[start, end)`. */
export interface ReportPeriod {
  from: string
  to: string
  zone: string
  start: Date
  end: Date
  days: string[]
}

/** A calendar date `days` after `date` (calendar arithmetic: the same in every zone). */
export const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)

/** The calendar date of `now` in `zone`. */
export const dateIn = (zone: string, now: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now)

/**
 * The period of a report from its dates (YYYY-MM-DD in `zone`, both
 * included); without dates, the 30 days up to `now`'s date. A `from` after
 * `to` is 400 `INVALID_INPUT`; more than a year, 400 `REPORT_PERIOD_TOO_LONG`.
 */
export function reportPeriod(zone: string, now: Date, from?: string, to?: string): ReportPeriod {
  const last = to ?? dateIn(zone, now)
  const first = from ?? plusDays(last, -29)
  const count = Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY) + 1
  if (count < 1) throw new DomainError(400, "INVALID_INPUT", "from: 开始日期不能晚于结束日期 · from must not be after to", "from")
  if (count > MAX_REPORT_DAYS) throw new DomainError(400, "REPORT_PERIOD_TOO_LONG", `报表最长一年 · A report covers at most ${MAX_REPORT_DAYS} days`, "from")
  const days = Array.from({ length: count }, (_, i) => plusDays(first, i))
  const range = localDate(zone, first, count)
  return { from: first, to: last, zone, start: new Date(range.start), end: new Date(range.end), days }
}

/** The periods the dashboard shows: today, the last 7 and the last 30 days (today included). */
export function dashboardPeriods(zone: string, now: Date) {
  const today = dateIn(zone, now)
  return {
    today: reportPeriod(zone, now, today, today),
    last_7_days: reportPeriod(zone, now, plusDays(today, -6), today),
    last_30_days: reportPeriod(zone, now, plusDays(today, -29), today),
  }
}
