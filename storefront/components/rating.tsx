import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"

/** "★ 4.9 · 330 条评价", or "no reviews yet" before the first. */
export function RatingSummary({ rating, count, locale }: { rating: number | null; count: number; locale: Locale }) {
  const t = messagesFor(locale)
  if (rating === null || count === 0) return <span className="rating rating-none">{t.noReviewsYet}</span>
  return (
    <span className="rating">
      <span className="rating-star" aria-hidden>
        ★
      </span>{" "}
      {t.ratingSummary(rating, count)}
    </span>
  )
}

/** A review's stars, read out as "4 out of 5 stars". */
export function Stars({ rating, locale }: { rating: number; locale: Locale }) {
  return (
    <span className="stars" role="img" aria-label={messagesFor(locale).stars(rating)}>
      {"★".repeat(rating)}
      <span className="stars-off">{"★".repeat(5 - rating)}</span>
    </span>
  )
}
