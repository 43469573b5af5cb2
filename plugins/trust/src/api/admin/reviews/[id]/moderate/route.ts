import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { refreshRating } from "../../../../../lib/reviews"
import { recordDecision } from "../../../../../lib/decision-log"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../../../modules/review"
import type { ReviewModerationBody } from "../../validators"

/** POST /admin/reviews/:id/moderate `{ hidden, reason }` — support or the platform hides a review (or shows it again), with a reason, logged; the rating follows at once. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<ReviewModerationBody>(req)
  const reviews = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [review] = await reviews.listReviews({ id: req.params.id }, { select: ["id", "beautician_id", "hidden"] })
  if (!review) throw new DomainError(404, "REVIEW_NOT_FOUND", `No review ${req.params.id}`)
  await reviews.updateReviews({ id: review.id, hidden: body.hidden, hidden_reason: body.hidden ? body.reason : null })
  await recordDecision(req.scope, { subject_type: "review", subject_id: review.id, from_status: review.hidden ? "hidden" : "visible", to_status: body.hidden ? "hidden" : "visible", actor: `user:${req.auth_context.actor_id}`, reason: body.reason })
  await refreshRating(req.scope, review.beautician_id)
  res.json({ review: { id: review.id, hidden: body.hidden } })
})
