import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEFAULT_CHANGE_POLICY, DEFAULT_SLOT_RULES, type PolicyTier } from "@doorstep/booking-core"
import { TIMEZONE } from "../../../lib/market"

/** JSON has no infinity: the last tier's open lower bound becomes null. */
const tiers = (list: PolicyTier[]) =>
  list.map((tier) => ({
    min_minutes_before: Number.isFinite(tier.minMinutesBefore) ? tier.minMinutesBefore : null,
    fee_percent: tier.feePercent,
  }))

/**
 * GET /store/booking-rules — what a customer is promised before booking: the slot
 * grid, notice and horizon, and what cancelling or rescheduling costs and when.
 */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.json({
    timezone: TIMEZONE,
    slots: {
      step_minutes: DEFAULT_SLOT_RULES.stepMinutes,
      min_notice_minutes: DEFAULT_SLOT_RULES.minNoticeMinutes,
      max_days_ahead: DEFAULT_SLOT_RULES.maxDaysAhead,
    },
    cancellation: tiers(DEFAULT_CHANGE_POLICY.cancel),
    reschedule: tiers(DEFAULT_CHANGE_POLICY.reschedule),
  })
}
