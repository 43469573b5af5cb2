import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"
import { validated } from "@doorstep/appointments/api/validation"
import { listStaffReviews } from "../../../../../lib/reviews"
import type { StudioReviewListQuery } from "../../../reviews/validators"

/** GET /admin/merchants/:handle/reviews — the reviews of the studio's jobs, newest first, paged, with reply and moderation state; never who wrote them. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { handle } = await studioOfRoute(req)
  res.json(await listStaffReviews(req.scope, handle, validated<StudioReviewListQuery>(req)))
})
