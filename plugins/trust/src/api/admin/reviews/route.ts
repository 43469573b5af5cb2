import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioScope } from "@doorstep/appointments/api/studio-of-route"
import { validated } from "@doorstep/appointments/api/validation"
import { listStaffReviews } from "../../../lib/reviews"
import type { ReviewListQuery } from "./validators"

/** GET /admin/reviews — every studio's reviews (support and the platform), or one studio's (`merchant_handle`), newest first, paged. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const input = validated<ReviewListQuery>(req)
  res.json(await listStaffReviews(req.scope, await studioScope(req, input.merchant_handle), input))
})
