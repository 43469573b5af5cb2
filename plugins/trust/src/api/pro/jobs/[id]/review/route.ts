import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { ownJob } from "@doorstep/appointments/lib/jobs"
import { publicReview } from "../../../../../lib/reviews"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../../../modules/review"

/**
 * GET /pro/jobs/:id/review — what the customer said of one of the
 * beautician's jobs, as the public sees it (a hidden review is not shown);
 * null until they review. Anyone else's job is 404 `JOB_NOT_FOUND`.
 */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { job } = await ownJob(req)
  const [review] = await req.scope.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({ appointment_id: job.id, hidden: false })
  res.json({ review: review ? publicReview(review as never) : null })
})
