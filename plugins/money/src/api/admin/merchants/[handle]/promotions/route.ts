import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"
import { validated } from "@doorstep/appointments/api/validation"
import { createPromotion, listPromotions, readPromotion } from "../../../../../lib/promotion-admin"
import type { PromotionBody, PromotionListQuery } from "./validators"

/** GET /admin/merchants/:handle/promotions — the studio's own codes, newest first, paged. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const studio = await studioOfRoute(req)
  res.json(await listPromotions(req.scope, { studio: studio.handle, platform: false }, validated<PromotionListQuery>(req)))
})

/**
 * POST /admin/merchants/:handle/promotions — the studio's manager adds a code
 * for some of the studio's own services: a percentage or a fixed amount off,
 * with an optional period, usage limit and spend budget.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const studio = await studioOfRoute(req)
  const id = await createPromotion(req.scope, studio.handle, validated<PromotionBody>(req), `user:${req.auth_context.actor_id}`)
  res.status(201).json({ promotion: await readPromotion(req.scope, id, false) })
})
