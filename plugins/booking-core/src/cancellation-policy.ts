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

/**
 * A studio's cancellation terms as it states them (and as they are stored:
 * plain JSON, hours rather than minutes): free up to `free_until_hours`
 * before the start; then each tier's fee from its `hours_before`; under the
 * last tier, and for a no-show, `late_fee_percent`; moving the time is
 * possible until `reschedule_until_hours` before.
 */
export interface PolicyTerms {
  free_until_hours: number
  tiers: Array<{ hours_before: number; fee_percent: number }>
  late_fee_percent: number
  reschedule_until_hours: number
}

export const DEFAULT_POLICY_TERMS: PolicyTerms = { free_until_hours: 24, tiers: [{ hours_before: 2, fee_percent: 50 }], late_fee_percent: 100, reschedule_until_hours: 2 }

/**
 * The policy the terms describe. Refused (`PolicyError`) unless the tiers
 * fall between the free period and the start, and the fee never goes down as
 * the start comes nearer: a customer who cancels earlier never pays more.
 */
export function changePolicyFrom(terms: PolicyTerms): ChangePolicy {
  const tiers = [...terms.tiers].sort((a, b) => b.hours_before - a.hours_before)
  for (const tier of tiers) {
    if (!(tier.hours_before > 0 && tier.hours_before < terms.free_until_hours)) {
      throw new PolicyError("each tier must start after the free period and before the start")
    }
  }
  const fees = [0, ...tiers.map((tier) => tier.fee_percent), terms.late_fee_percent]
  if (fees.some((fee, i) => i > 0 && fee < fees[i - 1])) throw new PolicyError("fees must not go down as the start comes nearer")
  const policy: ChangePolicy = {
    cancel: [
      { minMinutesBefore: Math.round(terms.free_until_hours * 60), feePercent: 0 },
      ...tiers.map((tier) => ({ minMinutesBefore: Math.round(tier.hours_before * 60), feePercent: tier.fee_percent })),
      { minMinutesBefore: Number.NEGATIVE_INFINITY, feePercent: terms.late_fee_percent },
    ],
    reschedule: [{ minMinutesBefore: Math.round(terms.reschedule_until_hours * 60), feePercent: 0 }],
  }
  assertValidPolicy(policy)
  return policy
}
