/**
 * How the money a customer keeps paying is shared: the platform's commission
 * first (a percentage by the studio's plan), then the beautician's share of
 * what the studio gets, the studio keeping the rest; a tip goes to the
 * beautician whole. In integer fen, and the shares always add up to the
 * amount exactly: rounding moves at most a fen between them, never makes or
 * loses one.
 */
export interface CommissionPlan {
  /** The platform's share of every amount, in percent (0–100). */
  platformPercent: number
  /** The beautician's share of what the studio gets, in percent (0–100). */
  beauticianPercent: number
}

export const DEFAULT_COMMISSION_PLAN: CommissionPlan = { platformPercent: 20, beauticianPercent: 70 }

export interface EarningsSplit {
  platform: number
  merchant: number
  beautician: number
}

/** Half-up rounding of `fen × percent / 100`, exactly, in integers. */
const share = (fen: number, percent: number) => Math.floor((fen * Math.round(percent * 100) + 5000) / 10000)

export function splitEarnings(amountFen: number, plan: CommissionPlan, tipFen = 0): EarningsSplit {
  for (const [name, value] of [["amount", amountFen], ["tip", tipFen]] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Not an amount in fen: ${name} ${value}`)
  }
  for (const percent of [plan.platformPercent, plan.beauticianPercent]) {
    if (!(percent >= 0 && percent <= 100)) throw new RangeError(`Not a percentage: ${percent}`)
  }
  const platform = share(amountFen, plan.platformPercent)
  const toMerchant = amountFen - platform
  const beautician = share(toMerchant, plan.beauticianPercent)
  return { platform, merchant: toMerchant - beautician, beautician: beautician + tipFen }
}
