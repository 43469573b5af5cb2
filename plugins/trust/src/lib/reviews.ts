import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { studioNames } from "@doorstep/appointments/lib/studio-names"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { REVIEW_MODULE, type ReviewModuleService } from "../modules/review"
import { reviewPhotos } from "./review-photos"

/** How long after the job a customer may review it. */
export const REVIEW_WINDOW_DAYS = 30

/**
 * Emitted with `{ id }` of the beautician once their rating and review count
 * are stored, for what keeps a copy of them (search's filters and sorting).
 */
export const RATING_CHANGED_EVENT = "beautician.rating_changed"

/** The beautician's rating and review count, as shown, as dispatch scores them and as search filters by them, follow every review and moderation at once. */
export async function refreshRating(container: MedusaContainer, beauticianId: string) {
  const { rating, count } = await container.resolve<ReviewModuleService>(REVIEW_MODULE).ratingOf(beauticianId)
  await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).updateBeauticians({ id: beauticianId, rating, review_count: count })
  await container.resolve(Modules.EVENT_BUS).emit({ name: RATING_CHANGED_EVENT, data: { id: beauticianId } })
}

/** What anyone may see of a review: never who wrote it. */
export const publicReview = (review: { id: string; rating: number; text: string | null; photos: unknown; reply: string | null; replied_at: Date | null; created_at: Date }) => ({
  id: review.id,
  rating: review.rating,
  text: review.text,
  photos: reviewPhotos(review.photos),
  reply: review.reply,
  replied_at: review.replied_at,
  created_at: review.created_at,
})

/** The filters and page of a back-office list of reviews. */
export interface StaffReviewListInput {
  rating?: number
  replied?: "true" | "false"
  hidden?: "true" | "false"
  limit: number
  offset: number
}

/**
 * Reviews as the back office lists them (one studio's, or every studio's when
 * `merchantHandle` is null), newest first: the public review with the
 * beautician, the service, the studio and the moderation state — never who
 * wrote it (the store shows no author either).
 */
export async function listStaffReviews(container: MedusaContainer, merchantHandle: string | null, input: StaffReviewListInput) {
  const filters: Record<string, unknown> = {}
  if (merchantHandle) filters.merchant_handle = merchantHandle
  if (input.rating) filters.rating = input.rating
  if (input.replied) filters.replied_at = input.replied === "true" ? { $ne: null } : null
  if (input.hidden) filters.hidden = input.hidden === "true"
  const [rows, count] = await container
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listAndCountReviews(filters, { order: { created_at: "DESC", id: "DESC" }, take: input.limit, skip: input.offset })
  const beauticianIds = [...new Set(rows.map((review) => review.beautician_id))]
  const beauticians = beauticianIds.length
    ? await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listBeauticians({ id: beauticianIds }, { select: ["id", "display_name"] })
    : []
  const names = new Map(beauticians.map((beautician) => [beautician.id, beautician.display_name]))
  const studios = await studioNames(container, rows.map((review) => review.merchant_handle))
  const variantIds = [...new Set(rows.map((review) => review.variant_id))]
  const { data: variants } = variantIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: variantIds }, withDeleted: true })
    : { data: [] }
  const services = new Map((variants as Array<{ id: string; title: string | null; product?: { title: string | null } | null }>).map((variant) => [variant.id, variant]))
  const reviews = rows.map((review) => {
    const service = services.get(review.variant_id)
    return {
      ...publicReview(review as never),
      merchant_handle: review.merchant_handle,
      merchant_name: studios.get(review.merchant_handle) ?? null,
      beautician: { id: review.beautician_id, display_name: names.get(review.beautician_id) ?? null },
      service: { variant_id: review.variant_id, title: service?.product?.title ?? null, option: service?.title ?? null },
      hidden: review.hidden,
      hidden_reason: review.hidden ? review.hidden_reason : null,
    }
  })
  return { reviews, count, limit: input.limit, offset: input.offset }
}
