import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { merchantSettings } from "../../../../../lib/merchant-settings"
import { merchantOfRoute, merchants } from "../../merchants"
import type { CommissionPlanBody } from "../../validators"

const plan = (merchant: { commission_percent: number; beautician_percent: number }) => `${Number(merchant.commission_percent)}%/${Number(merchant.beautician_percent)}%`

/**
 * POST /admin/merchants/:handle/commission `{ commission_percent,
 * beautician_percent, reason }` — the platform changes a studio's plan
 * (platform admins only), logged with who and why. Earnings booked from now
 * on follow it; entries already in the ledger stay as they are.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<CommissionPlanBody>(req)
  const merchant = await merchantOfRoute(req)
  const updated = await merchants(req).updateMerchants({ id: merchant.id, commission_percent: body.commission_percent, beautician_percent: body.beautician_percent })
  await merchants(req).recordDecision({
    subject_type: "commission_plan",
    subject_id: merchant.id,
    from_status: plan(merchant),
    to_status: plan(updated),
    actor: `user:${req.auth_context.actor_id}`,
    reason: body.reason,
  })
  res.json({ settings: await merchantSettings(req.scope, updated as never) })
})
