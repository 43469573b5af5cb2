import { ReviewBody } from "@/components/reviews/review-list"
import type { MyReview as Review } from "@/lib/booking"
import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"

/** The customer's own review of the visit, as others see it (unless support hid it), with thanks just after sending it. */
export function MyReview({ review, locale, justSent }: { review: Review; locale: Locale; justSent: boolean }) {
  const t = messagesFor(locale)
  return (
    <section className="panel" aria-labelledby="my-review-title">
      <h2 id="my-review-title">{t.yourReview}</h2>
      {justSent && (
        <p className="form-hint" role="status">
          {t.reviewThanks}
        </p>
      )}
      {review.hidden && <p className="notice">{t.reviewHidden}</p>}
      <ReviewBody review={review} locale={locale} />
    </section>
  )
}
