import Link from "next/link"
import { RatingSummary } from "@/components/rating"
import type { BeauticianNearby } from "@/lib/doorstep"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"

/** One beautician in a list: name, rating and how far they are, linking to their profile. */
export function BeauticianCard({ beautician, locale }: { beautician: BeauticianNearby; locale: Locale }) {
  const t = messagesFor(locale)
  return (
    <li>
      <Link href={localePath(locale, `/beauticians/${beautician.id}`)} className="beautician-card">
        <span className="avatar" aria-hidden>
          {beautician.display_name.slice(0, 1)}
        </span>
        <span className="beautician-card-body">
          <strong>{beautician.display_name}</strong>
          <RatingSummary rating={beautician.rating} count={beautician.review_count} locale={locale} />
          <small>{t.distance(beautician.distance_km)}</small>
        </span>
      </Link>
    </li>
  )
}
