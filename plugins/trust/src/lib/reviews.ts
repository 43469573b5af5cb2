import type { MedusaContainer } from "@medusajs/framework/types"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { REVIEW_MODULE, type ReviewModuleService } from "../modules/review"
import { reviewPhotos } from "./review-photos"

/** How long after the job a customer may review it. */
export const REVIEW_WINDOW_DAYS = 30

/** The beautician's rating and review count, as shown and as dispatch scores them, follow every review and moderation at once. */
export async function refreshRating(container: MedusaContainer, beauticianId: string) {
  const { rating, count } = await container.resolve<ReviewModuleService>(REVIEW_MODULE).ratingOf(beauticianId)
  await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).updateBeauticians({ id: beauticianId, rating, review_count: count })
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
