import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PolicyTier } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE } from "../../../modules/appointment"
import type AppointmentModuleService from "../../../modules/appointment/service"

/** JSON has no infinity: the last tier's open lower bound becomes null. */
const tiers = (list: PolicyTier[]) =>
  list.map((tier) => ({
    min_minutes_before: Number.isFinite(tier.minMinutesBefore) ? tier.minMinutesBefore : null,
    fee_percent: tier.feePercent,
  }))

/**
 * GET /store/booking-rules — what a customer is promised before booking, as this
 * store is configured: the slot grid, notice and horizon, how long a hold lasts,
 * and what cancelling or rescheduling costs and when.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const settings = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).bookingSettings()
  res.json({
    timezone: settings.timezone,
    slots: {
      step_minutes: settings.slots.stepMinutes,
      min_notice_minutes: settings.slots.minNoticeMinutes,
      max_days_ahead: settings.slots.maxDaysAhead,
    },
    hold_minutes: settings.holdMinutes,
    cancellation: tiers(settings.policy.cancel),
    reschedule: tiers(settings.policy.reschedule),
  })
}
