import { model } from "@medusajs/framework/utils"

/**
 * A studio's commission plan, set by the platform (one per studio; a studio
 * without one is on booking-core's `STANDARD_PLAN`): the platform's flat
 * percent (the first tier's rate when it has tiers), the beautician's
 * percent of the studio's part, and the platform's rate by the month's gross
 * `[{ from_fen, rate_bp }]`, from 0, rising (booking-core's commission-tiers).
 */
export const CommissionPlan = model.define("commission_plan", {
  id: model.id({ prefix: "cplan" }).primaryKey(),
  merchant_handle: model.text().unique(),
  /** As the platform calls it ("standard", "growth"). */
  name: model.text().default("standard"),
  commission_percent: model.float().default(20),
  beautician_percent: model.float().default(70),
  tiers: model.json().nullable(),
})
