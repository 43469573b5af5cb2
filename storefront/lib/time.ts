import { DateTime } from "luxon"
import { ZONE } from "./clock"
import type { Locale } from "./locale"

// Formatting an instant needs no luxon: a client component that only does that imports `clock.ts`.
export { formatClock, formatWhen, ZONE } from "./clock"

/** Today's date in Shanghai, as `YYYY-MM-DD`. */
export const todayInZone = (now = new Date()) => DateTime.fromJSDate(now).setZone(ZONE).toISODate()!

/** `count` dates from `first` (`YYYY-MM-DD`), in order. */
export const datesFrom = (first: string, count: number) =>
  Array.from({ length: count }, (_, i) => DateTime.fromISO(first, { zone: ZONE }).plus({ days: i }).toISODate()!)

/** The Shanghai date of an instant. */
export const dateInZone = (instant: string) => DateTime.fromISO(instant, { setZone: false }).setZone(ZONE).toISODate()!

export type PartOfDay = "morning" | "afternoon" | "evening"
export const partOfDay = (instant: string): PartOfDay => {
  const hour = DateTime.fromISO(instant).setZone(ZONE).hour
  return hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening"
}

/** "12月3日 周四" / "Thu, Dec 3". */
export const formatDay = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, month: "short", day: "numeric", weekday: "short" }).format(DateTime.fromISO(date, { zone: ZONE }).set({ hour: 12 }).toJSDate())
