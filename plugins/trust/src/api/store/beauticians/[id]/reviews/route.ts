import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publicReview } from "../../../../../lib/reviews"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../../../modules/review"

/** GET /store/beauticians/:id/reviews — the beautician's visible reviews, newest first, with the studio's replies; never who wrote them. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const reviews = await req.scope.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({ beautician_id: req.params.id, hidden: false }, { order: { created_at: "DESC" }, take: 50 })
  res.json({ reviews: reviews.map((r) => publicReview(r as never)) })
}
