import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { deletePromotion, readPromotion, scopedPromotion, updatePromotion } from "../../../../../lib/promotion-admin"
import type { PromotionUpdateBody } from "../../../merchants/[handle]/promotions/validators"

const PLATFORM = { studio: null, platform: true }

/** GET /admin/marketing/promotions/:id — any promotion, with its studio named. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const promotion = await scopedPromotion(req.scope, req.params.id, PLATFORM)
  res.json({ promotion: await readPromotion(req.scope, promotion.id, true) })
})

/** POST /admin/marketing/promotions/:id — changes or deactivates any promotion; a studio's stays limited to its services. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const promotion = await scopedPromotion(req.scope, req.params.id, PLATFORM)
  await updatePromotion(req.scope, promotion, validated<PromotionUpdateBody>(req))
  res.json({ promotion: await readPromotion(req.scope, promotion.id, true) })
})

/** DELETE /admin/marketing/promotions/:id — removes a code nobody used (409 `PROMOTION_USED` otherwise). */
export const DELETE = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const promotion = await scopedPromotion(req.scope, req.params.id, PLATFORM)
  await deletePromotion(req.scope, promotion)
  res.json({ id: promotion.id, object: "promotion", deleted: true })
})
