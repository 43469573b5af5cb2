/**
 * What changing an appointment costs, by how long before its start the change is
 * made. Amounts are integers in minor units (fen); no floats touch money.
 */
export interface PolicyTier {
  /** The tier applies when at least this many minutes remain before the start. */
  minMinutesBefore: number
  /** Share of the amount paid that is kept, 0–100. */
  feePercent: number
}

export interface ChangePolicy {
  /** Checked from the most notice down; the first tier reached applies. */
  cancel: PolicyTier[]
  /** Rescheduling later than every tier allows is refused. */
  reschedule: PolicyTier[]
}

/** Free at 24 h or more, half at 2–24 h, everything under 2 h or after the start (no-show). */
export const DEFAULT_CHANGE_POLICY: ChangePolicy = {
  cancel: [
    { minMinutesBefore: 24 * 60, feePercent: 0 },
    { minMinutesBefore: 2 * 60, feePercent: 50 },
    { minMinutesBefore: Number.NEGATIVE_INFINITY, feePercent: 100 },
  ],
  reschedule: [{ minMinutesBefore: 2 * 60, feePercent: 0 }],
}

export interface ChangeQuote {
  allowed: boolean
  feePercent: number
  feeAmount: number
  refundAmount: number
  minutesBefore: number
}

export class PolicyError extends Error {
  readonly code = "INVALID_POLICY"
}

export function assertValidPolicy(policy: ChangePolicy): void {
  for (const tiers of [policy.cancel, policy.reschedule]) {
    for (let i = 0; i < tiers.length; i++) {
      const tier = tiers[i]
      if (!Number.isInteger(tier.feePercent) || tier.feePercent < 0 || tier.feePercent > 100) {
        throw new PolicyError("feePercent must be a whole number from 0 to 100")
      }
      if (i > 0 && !(tier.minMinutesBefore < tiers[i - 1].minMinutesBefore)) {
        throw new PolicyError("tiers must go from the most notice to the least")
      }
    }
  }
}

/** Fee rounded half up to the fen, computed in integers. */
function percentOf(amount: number, percent: number): number {
  return Math.floor((amount * percent + 50) / 100)
}

export function quoteChange(
  policy: ChangePolicy,
  change: "cancel" | "reschedule",
  input: { now: number; start: number; amountPaid: number },
): ChangeQuote {
  if (!Number.isSafeInteger(input.amountPaid) || input.amountPaid < 0) {
    throw new PolicyError("amountPaid must be a non-negative integer in minor units")
  }
  const minutesBefore = Math.floor((input.start - input.now) / 60_000)
  const tier = policy[change].find((t) => minutesBefore >= t.minMinutesBefore)
  if (!tier) {
    return { allowed: false, feePercent: 0, feeAmount: 0, refundAmount: 0, minutesBefore }
  }
  const feeAmount = percentOf(input.amountPaid, tier.feePercent)
  return { allowed: true, feePercent: tier.feePercent, feeAmount, refundAmount: input.amountPaid - feeAmount, minutesBefore }
}
