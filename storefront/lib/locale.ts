/**
 * The languages and the addresses in each, without any text: safe for the
 * browser to import (the texts are in `messages/<area>.ts`, joined by `texts.ts`
 * for a client component and by `i18n.ts` on the server).
 */
export const LOCALES = ["zh-CN", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "zh-CN"

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value)

/** The public address of a page: Chinese without a prefix, English under /en. */
export function localePath(locale: Locale, path = "/"): string {
  if (locale === DEFAULT_LOCALE) return path
  return path === "/" ? `/${locale}` : `/${locale}${path}`
}

/** Dates as people in Shanghai read them, wherever the server runs. */
export function formatDate(instant: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" }).format(new Date(instant))
}
