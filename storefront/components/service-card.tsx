import Link from "next/link"
import type { ServiceSummary } from "@/lib/catalog"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"
import { formatCny } from "@/lib/money"

/** A service in a list; `reason` says why it is suggested (recommendations). */
export function ServiceCard({ service, locale, reason }: { service: ServiceSummary; locale: Locale; reason?: string }) {
  const t = messagesFor(locale)
  const durations = [...new Set(service.options.map((o) => o.durationMinutes).filter((d): d is number => d !== null))]
  return (
    <Link href={localePath(locale, `/services/${service.handle}`)} className="service-card">
      <div className="service-card-body">
        <h3>{service.title}</h3>
        {service.subtitle && <p className="subtitle">{service.subtitle}</p>}
        {service.summary && <p className="summary">{service.summary}</p>}
        {reason && <p className="service-card-reason">{reason}</p>}
      </div>
      <div className="service-card-meta">
        <span className="duration">{durations.map((d) => t.minutes(d)).join(" / ")}</span>
        {service.fromPrice !== null && (
          <span className="price">
            {formatCny(service.fromPrice, locale)}
            {service.options.length > 1 && <small> {t.from}</small>}
          </span>
        )}
      </div>
    </Link>
  )
}
