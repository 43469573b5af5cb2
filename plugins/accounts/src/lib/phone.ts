import { parsePhoneNumberFromString } from "libphonenumber-js/max"

/**
 * A phone number as we store and key it (E.164, `+8613812345678`), from what
 * a person types: a mainland number without the country code is taken as
 * +86. Only numbers that can receive an SMS (mobile, or mobile-or-fixed) pass.
 */
export function mobileE164(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), "CN")
  if (!parsed || !parsed.isValid()) return null
  const type = parsed.getType()
  return type === "MOBILE" || type === "FIXED_LINE_OR_MOBILE" ? parsed.number : null
}

/** The number as a stranger may see it: the last four digits only (`+86 ••• •••• 5678`). */
export const maskedPhone = (e164: string) => `${e164.startsWith("+86") ? "+86 " : ""}••• •••• ${e164.slice(-4)}`
