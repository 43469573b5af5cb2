import type { Locale } from "./locale"

/**
 * Instants as read in the city, with the browser's own Intl and no date
 * library, so that a client component showing a time does not download luxon
 * (`time.ts` has the date arithmetic, and re-exports these).
 */

/** The city's zone: every time a customer reads is in it, and named when theirs differs. */
export const ZONE = "Asia/Shanghai"

/** "14:00", in Shanghai. */
export const formatClock = (instant: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(instant))

/** "12月3日 周四 14:00" / "Thu, Dec 3, 14:00". */
export const formatWhen = (instant: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { timeZone: ZONE, month: "short", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(instant))
