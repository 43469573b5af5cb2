import { FreeTimeLinks, freeTimeLabel } from "@/components/profile/free-time-links"
import { ServiceCard } from "@/components/service-card"
import { unlessUnavailable } from "@/lib/backend"
import type { ServiceSummary } from "@/lib/catalog"
import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"
import type { Recommendation, Recommendations } from "@/lib/recommendations"
import { formatDay } from "@/lib/time"
import "@/styles/recommendations.css"

/** Why a service is suggested, in the customer's words; undefined when the service it refers to is not in the catalogue. */
export function reasonText(recommendation: Recommendation, services: Map<string, ServiceSummary>, locale: Locale, pageProductId?: string): string | undefined {
  const t = messagesFor(locale)
  const { reason, beautician, slots } = recommendation
  switch (reason.code) {
    case "booked_together": {
      const because = reason.because_product_id ? services.get(reason.because_product_id) : undefined
      if (!because) return undefined
      // On a service's page the anchor may be the page's service, which the customer need not have booked.
      return because.productId === pageProductId ? t.bookedTogetherWith(because.title) : t.becauseBooked(because.title)
    }
    case "rebook_due":
      return reason.interval_days && reason.due_on ? t.rebookDue(reason.interval_days, formatDay(reason.due_on, locale)) : undefined
    case "favourite_free":
      return beautician && slots.length > 0 ? t.favouriteFree(beautician.display_name, freeTimeLabel(slots[0].starts_at, locale)) : undefined
    case "popular_nearby":
      // Too little booked nearby widens "near" to the whole city (`within_km: null`): say which.
      if (reason.bookings === undefined) return undefined
      return reason.within_km === null ? t.popularCity(reason.bookings) : t.popularNearby(reason.bookings)
    case "viewed":
      return t.viewedRecently
  }
}

/**
 * A row of suggested services, each with its reason; a favourite's free times
 * link into booking with her. Nothing at all when there is nothing to suggest
 * or commerce cannot answer: the page around it stands without it.
 */
export async function RecommendedServices({
  load,
  heading,
  hint,
  pageProductId,
  locale,
}: {
  load: () => Promise<[Recommendations, ServiceSummary[]]>
  heading: string
  hint?: (personal: boolean) => string | undefined
  /** The service whose page this is, if any. */
  pageProductId?: string
  locale: Locale
}) {
  const t = messagesFor(locale)
  const loaded = await unlessUnavailable(load())
  if (loaded === null) return null
  const [answer, catalogue] = loaded
  const services = new Map(catalogue.map((service) => [service.productId, service]))
  const shown = answer.recommendations.flatMap((recommendation) => {
    const service = services.get(recommendation.product_id)
    const reason = reasonText(recommendation, services, locale, pageProductId)
    return service && reason ? [{ recommendation, service, reason }] : []
  })
  if (shown.length === 0) return null
  const note = hint?.(answer.personal)
  return (
    <section className="recommendations" aria-labelledby="recommendations-title">
      <h2 id="recommendations-title">{heading}</h2>
      {note && <p className="recommendations-hint">{note}</p>}
      <ul className="recommendation-row">
        {shown.map(({ recommendation, service, reason }) => (
          <li key={recommendation.product_id} className="recommendation" data-reason={recommendation.reason.code}>
            <ServiceCard service={service} locale={locale} reason={reason} />
            {recommendation.reason.code === "favourite_free" && recommendation.beautician && (
              <FreeTimeLinks
                beauticianId={recommendation.beautician.id}
                times={recommendation.slots.map((slot) => ({ start: slot.starts_at, optionId: slot.variant_id, service }))}
                label={t.freeTimesWith(recommendation.beautician.display_name)}
                locale={locale}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** While suggestions are worked out: room for a row, said to screen readers. */
export function RecommendationsLoading({ locale }: { locale: Locale }) {
  return (
    <div className="recommendations-loading skeleton-list" role="status" aria-busy="true">
      <span className="visually-hidden">{messagesFor(locale).forYouLoading}</span>
      <span className="skeleton" />
    </div>
  )
}
