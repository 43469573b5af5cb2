import Link from "next/link"
import { Stars } from "@/components/rating"
import { messagesFor } from "@/lib/i18n"
import { formatDate, localePath, type Locale } from "@/lib/locale"
import { PhotoViewer, type ReviewPhoto } from "./photo-viewer"

export interface ShownReview {
  id: string
  rating: number
  text: string | null
  photos: ReviewPhoto[]
  reply: string | null
  created_at: string
  /** Who did the job, where the list is not about one beautician (a service's reviews). */
  beautician?: { id: string; display_name: string | null }
}

/** One review: stars and date, who did the job when asked, the words, the photos, and the studio's reply. */
export function ReviewBody({ review, locale }: { review: ShownReview; locale: Locale }) {
  const t = messagesFor(locale)
  return (
    <>
      <div className="review-head">
        <Stars rating={review.rating} locale={locale} />
        <time dateTime={review.created_at}>{formatDate(review.created_at, locale)}</time>
      </div>
      {review.beautician?.display_name && (
        <p className="review-by">
          <Link href={localePath(locale, `/beauticians/${review.beautician.id}`)} className="text-link">
            {t.reviewOf(review.beautician.display_name)}
          </Link>
        </p>
      )}
      {review.text && <p>{review.text}</p>}
      <PhotoViewer photos={review.photos} locale={locale} />
      {review.reply && (
        <blockquote className="review-reply">
          <strong>{t.studioReply}</strong>
          <p>{review.reply}</p>
        </blockquote>
      )}
    </>
  )
}

/** Reviews newest first, or `empty` before the first. */
export function ReviewList({ reviews, locale, empty }: { reviews: ShownReview[]; locale: Locale; empty: string }) {
  if (reviews.length === 0) return <p className="empty">{empty}</p>
  return (
    <ul className="review-list">
      {reviews.map((review) => (
        <li key={review.id}>
          <ReviewBody review={review} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
