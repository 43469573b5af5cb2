import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { publicReview } from "../../../../../../../lib/reviews"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../../../../../modules/review"
import type { ReviewReplyBody } from "../../../../../reviews/validators"

/** POST /admin/merchants/:handle/reviews/:id/reply `{ text }` — the studio answers a review of one of its jobs (a new reply replaces the old). */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { text } = validated<ReviewReplyBody>(req)
  const merchant = await studioOfRoute(req)
  const reviews = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [review] = await reviews.listReviews({ id: req.params.id, merchant_handle: merchant.handle }, { select: ["id"] })
  if (!review) throw new DomainError(404, "REVIEW_NOT_FOUND", `No review ${req.params.id} of ${merchant.handle}`)
  const replied = await reviews.updateReviews({ id: review.id, reply: text, replied_at: new Date() })
  res.json({ review: publicReview(replied as never) })
})
