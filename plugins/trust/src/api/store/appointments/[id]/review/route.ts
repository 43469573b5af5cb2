import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { ownAppointment } from "@doorstep/appointments/lib/own-appointment"
import { ownReviewPhotos } from "../../../../../lib/review-photos"
import { publicReview, refreshRating, REVIEW_WINDOW_DAYS } from "../../../../../lib/reviews"
import { isUniqueViolation } from "@doorstep/appointments/lib/unique-violation"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../../../modules/review"
import type { ReviewBody } from "../../../../admin/reviews/validators"

/**
 * GET /store/appointments/:id/review — the customer's own review of their
 * appointment (moderation's `hidden` included), or 404 `REVIEW_NOT_FOUND`
 * while there is none.
 */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { appointment } = await ownAppointment(req)
  const [review] = await req.scope.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({ appointment_id: appointment.id })
  if (!review) throw new DomainError(404, "REVIEW_NOT_FOUND", "这次服务还没有评价 · This visit has no review yet")
  res.json({ review: { ...publicReview(review as never), hidden: review.hidden } })
})

/**
 * POST /store/appointments/:id/review `{ rating, text?, photos? }` — the
 * customer of a completed appointment reviews it, once (409
 * `ALREADY_REVIEWED`), within 30 days of the job (409 `REVIEW_WINDOW_CLOSED`),
 * with photos they uploaded themselves (400 `PHOTO_NOT_YOURS`); the
 * beautician's rating follows at once.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<ReviewBody>(req)
  const { appointment, appointments } = await ownAppointment(req)
  if (appointment.status !== "completed") throw new DomainError(409, "NOT_REVIEWABLE", "服务完成后才能评价 · Reviews come after the job is done")
  const [done] = await appointments.listAppointmentEvents({ appointment_id: appointment.id, status: "completed" }, { select: ["at"], order: { at: "DESC" }, take: 1 })
  if (!done || Date.now() - new Date(done.at).getTime() > REVIEW_WINDOW_DAYS * 24 * 3600_000) {
    throw new DomainError(409, "REVIEW_WINDOW_CLOSED", `服务完成 ${REVIEW_WINDOW_DAYS} 天内可评价 · Reviews are open for ${REVIEW_WINDOW_DAYS} days after the job`)
  }
  const reviews = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  if ((await reviews.listReviews({ appointment_id: appointment.id }, { select: ["id"] })).length > 0) throw new DomainError(409, "ALREADY_REVIEWED", "您已评价过这次服务 · You have reviewed this job")
  const photos = await ownReviewPhotos(req.scope, appointment.customer_id, body.photos ?? [])
  const [beautician] = await appointments.listBeauticians({ id: appointment.beautician_id }, { select: ["merchant_handle"] })
  const [review] = await reviews
    .createReviews([
      {
        appointment_id: appointment.id,
        customer_id: appointment.customer_id,
        beautician_id: appointment.beautician_id,
        merchant_handle: beautician.merchant_handle,
        variant_id: appointment.variant_id,
        rating: body.rating,
        text: body.text ?? null,
        photos: photos as unknown as Record<string, unknown>,
      },
    ])
    .catch((error: unknown) => {
      // A second review of the same job, at the same moment, met the unique index.
      if (isUniqueViolation(error)) {
        throw new DomainError(409, "ALREADY_REVIEWED", "您已评价过这次服务 · You have reviewed this job")
      }
      throw error
    })
  await refreshRating(req.scope, appointment.beautician_id)
  res.status(201).json({ review: publicReview(review as never) })
})
