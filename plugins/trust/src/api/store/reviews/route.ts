import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { validated } from "@doorstep/appointments/api/validation"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { publicReview } from "../../../lib/reviews"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../modules/review"
import type { ServiceReviewsQuery } from "./validators"

/**
 * GET /store/reviews?product_id — the visible reviews of a service (of any of
 * its options), newest first, each with the beautician who did the job and
 * the studio's reply; never who wrote them. An unknown product has none.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const input = validated<ServiceReviewsQuery>(req)
  const { data: variants } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id"], filters: { product_id: input.product_id } })
  const variantIds = (variants as Array<{ id: string }>).map((variant) => variant.id)
  const reviews = variantIds.length
    ? await req.scope.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({ variant_id: variantIds, hidden: false }, { order: { created_at: "DESC" }, take: input.limit })
    : []
  const beauticianIds = [...new Set(reviews.map((review) => review.beautician_id))]
  const beauticians = beauticianIds.length
    ? await req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listBeauticians({ id: beauticianIds }, { select: ["id", "display_name"] })
    : []
  const names = new Map(beauticians.map((beautician) => [beautician.id, beautician.display_name]))
  res.json({
    reviews: reviews.map((review) => ({
      ...publicReview(review as never),
      beautician: { id: review.beautician_id, display_name: names.get(review.beautician_id) ?? null },
    })),
  })
}
