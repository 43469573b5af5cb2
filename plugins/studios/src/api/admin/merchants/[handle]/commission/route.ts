import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertValidTiers, CommissionTiersError, describePlan } from "@doorstep/booking-core"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { commissionPlans } from "../../../../../lib/commission-plans"
import { merchantSettings } from "../../../../../lib/merchant-settings"
import { merchantOfRoute, merchants } from "../../merchants"
import type { CommissionPlanBody } from "../../validators"

/**
 * POST /admin/merchants/:handle/commission `{ plan?, commission_percent | tiers,
 * beautician_percent, reason }` — the platform changes a studio's plan
 * (platform admins only): a flat percent, or tiers `[{ from_fen, rate_bp }]`
 * by the studio's gross in the calendar month (400 `INVALID_COMMISSION_TIERS`
 * unless they start at 0, rise strictly and stay within 0–10000 bp; nothing
 * is changed then). Logged with who and why. Earnings booked from now on
 * follow it; entries already in the ledger stay as they are.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<CommissionPlanBody>(req)
  if (body.tiers) {
    try {
      assertValidTiers(body.tiers.map((tier) => ({ fromFen: tier.from_fen, rateBp: tier.rate_bp })))
    } catch (error) {
      if (error instanceof CommissionTiersError) throw new DomainError(400, error.code, error.message, "tiers")
      throw error
    }
  }
  const merchant = await merchantOfRoute(req)
  const { before, after } = await commissionPlans(req.scope).setPlan(merchant.handle, {
    name: body.plan,
    commission_percent: body.tiers ? body.tiers[0].rate_bp / 100 : body.commission_percent!,
    beautician_percent: body.beautician_percent,
    tiers: body.tiers ?? null,
  })
  await merchants(req).recordDecision({
    subject_type: "commission_plan",
    subject_id: merchant.id,
    from_status: describePlan(before),
    to_status: describePlan(after),
    actor: `user:${req.auth_context.actor_id}`,
    reason: body.reason,
  })
  res.json({ settings: await merchantSettings(req.scope, merchant as never) })
})
