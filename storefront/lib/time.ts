import { DateTime } from "luxon"
import type { Locale } from "./i18n"

/** The city's zone: every time a customer reads is in it, and named when theirs differs. */
export const ZONE = "Asia/Shanghai"

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

export const formatClock = (instant: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(instant))

/** "12月3日 周四" / "Thu, Dec 3". */
export const formatDay = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, month: "short", day: "numeric", weekday: "short" }).format(DateTime.fromISO(date, { zone: ZONE }).set({ hour: 12 }).toJSDate())

/** "12月3日 周四 14:00" / "Thu, Dec 3, 14:00". */
export const formatWhen = (instant: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, month: "short", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(instant))
