/** Medusa amounts are major units (298 = ¥298); display only. */
export function formatCny(amount: number | null | undefined, locale: string): string {
  if (amount === null || amount === undefined) return "—"
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "CNY",
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount)
}

/** Our routes count in fen (29800 = ¥298). */
export const formatFen = (fen: number | null | undefined, locale: string) => formatCny(fen === null || fen === undefined ? fen : fen / 100, locale)
