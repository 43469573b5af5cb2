import { DateTime } from "luxon"

/**
 * When a certification lapses: `validityMonths` calendar months after it was
 * earned, on the beautician's own calendar (their IANA zone), so a pass on
 * 31 January in Shanghai lasts to the end of 28/29 February's same local time
 * — luxon clamps to the month's last day — whatever UTC says.
 */
export function expiresAt(passedAt: Date, validityMonths: number, zone: string): Date {
  return DateTime.fromJSDate(passedAt, { zone }).plus({ months: validityMonths }).toJSDate()
}

/** When the reminder is due: `reminderDays` days before expiry, counted on the beautician's calendar. */
export function reminderDueAt(expires: Date, reminderDays: number, zone: string): Date {
  return DateTime.fromJSDate(expires, { zone }).minus({ days: reminderDays }).toJSDate()
}

/** When a failed attempt lets the beautician try again. */
export const retryAt = (failedAt: Date, cooldownHours: number) => new Date(failedAt.getTime() + cooldownHours * 3_600_000)

/** The expiry date as the beautician reads it in a notice: "2027年12月1日" or "on 1 Dec 2027". */
export function expiryText(expires: Date, zone: string, locale: "zh-CN" | "en"): string {
  const local = DateTime.fromJSDate(expires, { zone })
  return locale === "zh-CN" ? `${local.year}年${local.month}月${local.day}日` : `on ${local.setLocale("en-GB").toFormat("d LLL yyyy")}`
}
