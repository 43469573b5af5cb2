import { DateTime } from "luxon"
import { monthRange } from "./statements"

/**
 * A studio's commission plan in tiers: the platform's rate falls as the
 * studio's month grows. A tier applies from `fromFen` of the month's gross
 * (what the studio's completed and no-show jobs kept, in fen, in the calendar
 * month of the plan's zone) on. An appointment pays the rate of the tier the
 * month's gross had reached before it ended: the job that crosses a threshold
 * still pays the old rate, the next one the new. Every month starts again at
 * the first tier. Cancellation fees pay the tier reached too, but do not count
 * towards it (they are not jobs done).
 */
export interface CommissionTier {
  /** From this much of the month's gross on (the first tier from 0). */
  fromFen: number
  /** The platform's rate in basis points: 2000 = 20 %. */
  rateBp: number
}

export const MAX_COMMISSION_TIERS = 10

/** A plan's tiers that cannot be applied; `code` is stable for clients. */
export class CommissionTiersError extends Error {
  readonly code = "INVALID_COMMISSION_TIERS"
}

/** Tiers start at 0, rise strictly, and take 0–100 % in whole basis points; otherwise `CommissionTiersError` says which rule failed. */
export function assertValidTiers(tiers: readonly CommissionTier[]): void {
  if (tiers.length === 0 || tiers.length > MAX_COMMISSION_TIERS) throw new CommissionTiersError(`A plan has 1 to ${MAX_COMMISSION_TIERS} tiers`)
  if (tiers[0].fromFen !== 0) throw new CommissionTiersError("The first tier starts from 0")
  tiers.forEach((tier, index) => {
    if (!Number.isSafeInteger(tier.fromFen) || tier.fromFen < 0) throw new CommissionTiersError(`Tier ${index + 1}: from is not an amount in fen`)
    if (!Number.isInteger(tier.rateBp) || tier.rateBp < 0 || tier.rateBp > 10_000) throw new CommissionTiersError(`Tier ${index + 1}: the rate is not 0–10000 basis points`)
    if (index > 0 && tier.fromFen <= tiers[index - 1].fromFen) throw new CommissionTiersError(`Tier ${index + 1} must start above tier ${index}`)
  })
}

/** The tier (its index from 0) a month's gross of `grossBeforeFen` has reached. */
export function tierReached(tiers: readonly CommissionTier[], grossBeforeFen: number): { tier: number; rateBp: number } {
  let tier = 0
  for (let i = 1; i < tiers.length; i++) if (grossBeforeFen >= tiers[i].fromFen) tier = i
  return { tier, rateBp: tiers[tier].rateBp }
}

/**
 * A studio's plan as it is kept: its name ("standard", "growth"), the
 * platform's flat percent (the first tier's rate when it has tiers), the
 * beautician's percent of the studio's part, and the tiers by the month's
 * gross (null: the flat percent throughout).
 */
export interface StoredCommissionPlan {
  name: string
  commission_percent: number
  beautician_percent: number
  tiers: ReadonlyArray<{ from_fen: number; rate_bp: number }> | null
}

/** The plan of a studio the platform has given no other. */
export const STANDARD_PLAN: StoredCommissionPlan = { name: "standard", commission_percent: 20, beautician_percent: 70, tiers: null }

/** The plan's tiers as the rules take them: its own tiers, or one tier at its flat percent. */
export function tiersOf(plan: StoredCommissionPlan): CommissionTier[] {
  if (plan.tiers?.length) return plan.tiers.map((tier) => ({ fromFen: tier.from_fen, rateBp: tier.rate_bp }))
  return [{ fromFen: 0, rateBp: Math.round(Number(plan.commission_percent) * 100) }]
}

/** The plan as a studio's staff read it: its name, the platform's tiers and the beautician's percent of the studio's part. */
export const publicPlan = (plan: StoredCommissionPlan) => ({
  name: plan.name,
  tiers: tiersOf(plan).map((tier) => ({ from_fen: tier.fromFen, rate_bp: tier.rateBp })),
  beautician_percent: Number(plan.beautician_percent),
})

const percent = (bp: number) => `${bp / 100}%`

/** How a decision log writes a plan: "20%/70%", or "growth: 20%, 15% from ¥10000.00/70%" with tiers. */
export function describePlan(plan: StoredCommissionPlan): string {
  const tiers = tiersOf(plan)
    .map((tier, index) => (index === 0 ? percent(tier.rateBp) : `${percent(tier.rateBp)} from ¥${(tier.fromFen / 100).toFixed(2)}`))
    .join(", ")
  return `${plan.name === "standard" ? "" : `${plan.name}: `}${tiers}/${Number(plan.beautician_percent)}%`
}

/** The calendar month an instant falls in, in `zone`: "2026-02". */
export function monthOf(instant: number, zone: string): string {
  const local = DateTime.fromMillis(instant, { zone })
  if (!local.isValid) throw new RangeError(`Not a time in ${zone}: ${instant}`)
  return local.toFormat("yyyy-MM")
}

export interface EndedAppointment {
  id: string
  /** When it ended (completed, no-show or cancelled), epoch ms. */
  endedAt: number
  /** What it kept, in fen. */
  keptFen: number
  /** Whether it counts towards the month's gross (a job done or a no-show, not a cancellation). */
  counts: boolean
}

export interface TieredRate {
  month: string
  grossBeforeFen: number
  tier: number
  rateBp: number
}

/**
 * The rate each of a studio's ended appointments pays: in the order they
 * ended (ties by id, so two runs agree), each month's gross counted up from 0.
 * Give it every appointment of the months concerned, not only the ones to book.
 */
export function tieredRates(ended: readonly EndedAppointment[], tiers: readonly CommissionTier[], zone: string): Map<string, TieredRate> {
  assertValidTiers(tiers)
  const rates = new Map<string, TieredRate>()
  const gross = new Map<string, number>()
  const inOrder = [...ended].sort((a, b) => a.endedAt - b.endedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  // In time order the month changes rarely: its range is worked out again only when an instant leaves it.
  let month = ""
  let range = { start: 0, end: 0 }
  for (const appointment of inOrder) {
    if (appointment.endedAt < range.start || appointment.endedAt >= range.end) {
      month = monthOf(appointment.endedAt, zone)
      range = monthRange(month, zone)
    }
    const before = gross.get(month) ?? 0
    rates.set(appointment.id, { month, grossBeforeFen: before, ...tierReached(tiers, before) })
    if (appointment.counts) gross.set(month, before + appointment.keptFen)
  }
  return rates
}
