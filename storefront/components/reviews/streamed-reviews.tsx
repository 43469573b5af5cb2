import { ErrorState } from "@/components/error-state"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"
import { ReviewList, type ShownReview } from "./review-list"

/** Reviews that stream in after the rest of the page; their failure leaves the page standing, with a retry. */
export async function StreamedReviews({ load, locale, retryPath, empty }: { load: () => Promise<ShownReview[]>; locale: Locale; retryPath: string; empty: string }) {
  const shown = await unlessUnavailable(load())
  if (shown === null) return <ErrorState locale={locale} retryPath={retryPath} />
  return <ReviewList reviews={shown} locale={locale} empty={empty} />
}

export function ReviewsLoading({ locale }: { locale: Locale }) {
  return (
    <div className="skeleton-list" role="status" aria-busy="true">
      <span className="visually-hidden">{messagesFor(locale).loading}</span>
      <span className="skeleton" />
      <span className="skeleton" />
    </div>
  )
}
