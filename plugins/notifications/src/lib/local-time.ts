/**
 * An appointment's start as its recipient reads it: in the appointment's
 * IANA zone, relative to when the message is written ("明天 09:00",
 * "tomorrow at 09:00"), the date spelled out beyond tomorrow. Pure: `now`
 * is passed in.
 */
export const LOCALES = ["zh-CN", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "zh-CN"

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)

interface LocalParts {
  year: number
  month: number
  day: number
  weekday: number
  hour: string
  minute: string
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 }
const ZH_WEEKDAYS = ["", "周一", "周二", "周三", "周四", "周五", "周六", "周日"]
const EN_WEEKDAYS = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
const EN_MONTHS = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

const formatters = new Map<string, Intl.DateTimeFormat>()

function localParts(instant: Date, zone: string): LocalParts {
  let format = formatters.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "numeric", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    formatters.set(zone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]))
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), weekday: WEEKDAYS[parts.weekday], hour: parts.hour, minute: parts.minute }
}

const dayNumber = (parts: LocalParts) => Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000

/** The start in `zone`, said relative to `now` in the same zone. */
export function localStart(start: Date, zone: string, locale: Locale, now: Date): string {
  const at = localParts(start, zone)
  const days = dayNumber(at) - dayNumber(localParts(now, zone))
  const time = `${at.hour}:${at.minute}`
  if (locale === "zh-CN") {
    if (days === 0) return `今天 ${time}`
    if (days === 1) return `明天 ${time}`
    return `${at.month}月${at.day}日（${ZH_WEEKDAYS[at.weekday]}）${time}`
  }
  if (days === 0) return `today at ${time}`
  if (days === 1) return `tomorrow at ${time}`
  return `on ${EN_WEEKDAYS[at.weekday]} ${at.day} ${EN_MONTHS[at.month]} at ${time}`
}
