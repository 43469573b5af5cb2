import type { IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { FIRST_BOOKING_RULE } from "@doorstep/money/lib/promotions"
import { CURRENCY_CODE } from "../lib/market"

const DAY = 24 * 3600_000

/**
 * The demo promotions (M10), made once: a coupon for a customer's first
 * booking (¥30 off), and a campaign running for 60 days from the first seed
 * (12 % off every service, for anyone who types the code).
 */
export async function ensurePromotions(container: MedusaContainer): Promise<number> {
  const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
  const existing = new Set((await promotions.listPromotions({ code: ["WELCOME30", "DOUBLE12"] }, { select: ["code"] })).map((p) => p.code))
  const now = Date.now()
  const wanted = [
    {
      code: "WELCOME30",
      type: "standard" as const,
      status: "active" as const,
      is_tax_inclusive: true,
      application_method: { type: "fixed" as const, target_type: "order" as const, allocation: "across" as const, value: 30, currency_code: CURRENCY_CODE },
      rules: [FIRST_BOOKING_RULE],
    },
    {
      code: "DOUBLE12",
      type: "standard" as const,
      status: "active" as const,
      is_tax_inclusive: true,
      application_method: { type: "percentage" as const, target_type: "items" as const, allocation: "across" as const, value: 12 },
      campaign: { name: "双十二 · Double Twelve", campaign_identifier: "DOUBLE12", starts_at: new Date(now - DAY), ends_at: new Date(now + 60 * DAY) },
    },
  ].filter((promotion) => !existing.has(promotion.code))
  if (wanted.length) await createPromotionsWorkflow(container).run({ input: { promotionsData: wanted } })
  return wanted.length
}
