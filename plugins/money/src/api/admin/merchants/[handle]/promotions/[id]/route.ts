import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"
import { validated } from "@doorstep/appointments/api/validation"
import { deletePromotion, readPromotion, scopedPromotion, updatePromotion } from "../../../../../../lib/promotion-admin"
import type { PromotionUpdateBody } from "../validators"

const own = async (req: AuthenticatedMedusaRequest) => scopedPromotion(req.scope, req.params.id, { studio: (await studioOfRoute(req)).handle, platform: false })

/** GET /admin/merchants/:handle/promotions/:id — one of the studio's codes; another studio's (or the platform's) is 404. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const promotion = await own(req)
  res.json({ promotion: await readPromotion(req.scope, promotion.id, false) })
})

/** POST /admin/merchants/:handle/promotions/:id — the manager changes the code, or deactivates it (`status: inactive`). */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const promotion = await own(req)
  await updatePromotion(req.scope, promotion, validated<PromotionUpdateBody>(req))
  res.json({ promotion: await readPromotion(req.scope, promotion.id, false) })
})

/** DELETE /admin/merchants/:handle/promotions/:id — removes a code nobody used (409 `PROMOTION_USED` otherwise). */
export const DELETE = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const promotion = await own(req)
  await deletePromotion(req.scope, promotion)
  res.json({ id: promotion.id, object: "promotion", deleted: true })
})
