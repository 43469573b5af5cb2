import { account } from "./messages/account"
import { appointments } from "./messages/appointments"
import { booking } from "./messages/booking"
import { catalog } from "./messages/catalog"
import { checkout } from "./messages/checkout"
import { discover } from "./messages/discover"
import { inbox } from "./messages/inbox"
import { pro } from "./messages/pro"
import { proApply } from "./messages/pro-apply"
import { proProfile } from "./messages/pro-profile"
import { proOffice } from "./messages/pro-office"
import { proDay } from "./messages/pro-day"
import { profile } from "./messages/profile"
import { reviews } from "./messages/reviews"
import { settings } from "./messages/settings"
import { support } from "./messages/support"

export const LOCALES = ["zh-CN", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "zh-CN"

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value)

/** The public address of a page: Chinese without a prefix, English under /en. */
export function localePath(locale: Locale, path = "/"): string {
  if (locale === DEFAULT_LOCALE) return path
  return path === "/" ? `/${locale}` : `/${locale}${path}`
}

/**
 * Text lives in one file per area (`messages/<area>.ts`), each in both
 * languages; `messagesFor` joins them. Keys must not repeat across areas.
 */
const areas = [
  catalog,
  profile,
  reviews,
  account,
  booking,
  checkout,
  appointments,
  discover,
  inbox,
  support,
  settings,
  pro,
  proProfile,
  proOffice,
  proApply,
  proDay,
] as const

type Joined<T extends readonly unknown[]> = T extends readonly [infer Head, ...infer Tail] ? (Head extends Record<Locale, infer M> ? M : never) & Joined<Tail> : unknown

// A key in two areas would silently lose one of its texts.
const keys = areas.flatMap((area) => Object.keys(area["zh-CN"]))
const repeated = keys.filter((key, i) => keys.indexOf(key) !== i)
if (repeated.length > 0) throw new Error(`Message keys in more than one area: ${repeated.join(", ")}`)

const messages = Object.fromEntries(LOCALES.map((locale) => [locale, Object.assign({}, ...areas.map((area) => area[locale]))])) as Record<Locale, Joined<typeof areas>>

export type Messages = Joined<typeof areas>
export const messagesFor = (locale: Locale): Messages => messages[locale]

/** Dates as people in Shanghai read them, wherever the server runs. */
export function formatDate(instant: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" }).format(new Date(instant))
}
