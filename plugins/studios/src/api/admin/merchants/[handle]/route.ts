import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { merchantOfRoute, merchants, serializeMerchant } from "../merchants"

/** GET /admin/merchants/:handle — the merchant, with every review decision, oldest first. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const merchant = await merchantOfRoute(req)
  const reviews = await merchants(req).listReviewDecisions({ subject_type: "merchant", subject_id: merchant.id }, { order: { created_at: "ASC" } })
  res.json({ merchant: await serializeMerchant(req, merchant), reviews: reviews.map(({ from_status, to_status, actor, reason, created_at }) => ({ from_status, to_status, actor, reason, at: created_at })) })
})
