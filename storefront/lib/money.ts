import type { Locale } from "./locale"

/**
 * Medusa returns amounts in major units (298 = ¥298). Display only: whole yuan
 * without decimals, anything else with exactly two.
 */
export function formatCny(amount: number, locale: Locale): string {
  const whole = Number.isInteger(amount)
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "CNY",
    // "¥218" in English too, not "CN¥218": every price here is in yuan.
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount)
}
