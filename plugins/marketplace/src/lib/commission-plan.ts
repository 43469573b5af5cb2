import type { CommissionTier } from "@doorstep/booking-core"

export interface StoredPlan {
  commission_plan: string
  commission_percent: number
  beautician_percent: number
  commission_tiers: unknown
}

/** The studio's tiers as the rules take them: its stored tiers, or one tier at its flat percent. */
export function tiersOf(merchant: StoredPlan): CommissionTier[] {
  const stored = merchant.commission_tiers as Array<{ from_fen: number; rate_bp: number }> | null
  if (stored?.length) return stored.map((tier) => ({ fromFen: tier.from_fen, rateBp: tier.rate_bp }))
  return [{ fromFen: 0, rateBp: Math.round(Number(merchant.commission_percent) * 100) }]
}

/** The plan as staff read it: its name, the platform's tiers and the beautician's percent of the studio's part. */
export const publicPlan = (merchant: StoredPlan) => ({
  name: merchant.commission_plan,
  tiers: tiersOf(merchant).map((tier) => ({ from_fen: tier.fromFen, rate_bp: tier.rateBp })),
  beautician_percent: Number(merchant.beautician_percent),
})

const percent = (bp: number) => `${bp / 100}%`

/** How the decision log writes a plan: "20%/70%", or "20%, 15% from ¥10000.00/70%" with tiers. */
export function describePlan(merchant: StoredPlan): string {
  const tiers = tiersOf(merchant)
    .map((tier, index) => (index === 0 ? percent(tier.rateBp) : `${percent(tier.rateBp)} from ¥${(tier.fromFen / 100).toFixed(2)}`))
    .join(", ")
  return `${merchant.commission_plan === "standard" ? "" : `${merchant.commission_plan}: `}${tiers}/${Number(merchant.beautician_percent)}%`
}
