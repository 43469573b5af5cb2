import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { createPromotion, listPromotions, readPromotion } from "../../../../lib/promotion-admin"
import type { PromotionBody, PromotionListQuery } from "../../merchants/[handle]/promotions/validators"

/**
 * GET /admin/marketing/promotions — platform admins: every promotion, the
 * platform's own and each studio's (named), newest first, paged. (Medusa's
 * own `/admin/promotions` stays as it is; these routes speak fen and owners.)
 */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await listPromotions(req.scope, { studio: null, platform: true }, validated<PromotionListQuery>(req)))
})

/** POST /admin/marketing/promotions — a platform-wide code: for the named services, or for every service. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const id = await createPromotion(req.scope, null, validated<PromotionBody>(req), `user:${req.auth_context.actor_id}`)
  res.status(201).json({ promotion: await readPromotion(req.scope, id, true) })
})
