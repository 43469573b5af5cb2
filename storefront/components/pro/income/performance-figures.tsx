import Link from "next/link"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"
import type { Performance } from "@/lib/pro/income"

export const PERIODS = [30, 90, 365] as const

/** The beautician's own figures over a period, as their studio sees them; the period chosen by link. */
export function PerformanceFigures({ locale, performance }: { locale: Locale; performance: Performance }) {
  const t = messagesFor(locale)
  const share = (value: number | null) => (value === null ? t.performanceNone : `${Math.round(value * 100)}%`)
  const figures: Array<[string, string]> = [
    [t.performanceRating, performance.rating === null ? t.performanceNone : t.performanceRatingValue(performance.rating.toFixed(1), performance.review_count)],
    [t.performanceAcceptance, share(performance.acceptance_rate)],
    [t.performancePunctuality, share(performance.punctuality)],
    [t.performanceCompleted, String(performance.jobs.completed)],
    [t.performanceNoShow, String(performance.jobs.no_show)],
    [t.performanceCancelled, String(performance.jobs.cancelled)],
    [t.performanceComplaints, String(performance.complaints)],
  ]
  return (
    <section className="panel" aria-labelledby="performance-title">
      <h2 id="performance-title">{t.performanceTitle}</h2>
      <nav aria-label={t.performancePeriod} className="segmented segmented-links">
        {PERIODS.map((days) => (
          <Link key={days} href={`${localePath(locale, "/pro/income")}?days=${days}`} className={days === performance.days ? "selected" : undefined} aria-current={days === performance.days ? "page" : undefined}>
            {t.performanceDays(days)}
          </Link>
        ))}
      </nav>
      <dl className="figure-grid">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
