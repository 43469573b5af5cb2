import { messagesFor } from "@/lib/i18n"
import { formatDate, type Locale } from "@/lib/locale"
import type { Certification } from "@/lib/pro/training"

/** The beautician's certifications: the service each unlocks, its score, until when it holds, or that it lapsed. */
export function CertificationList({ locale, certifications, serviceOf }: { locale: Locale; certifications: Certification[]; serviceOf: (skill: string) => string }) {
  const t = messagesFor(locale)
  return (
    <section className="panel" aria-labelledby="certifications-title">
      <h2 id="certifications-title">{t.certificationsTitle}</h2>
      {certifications.length === 0 ? (
        <p className="empty">{t.certificationsNone}</p>
      ) : (
        <ul className="money-list">
          {certifications.map((c) => (
            <li key={c.id} data-testid="certification">
              <p className="money-list-head">
                <strong>{serviceOf(c.skill)}</strong>
                <span className={c.status === "active" ? "badge badge-good" : "badge badge-off"}>{c.status === "active" ? t.trainingCertified : t.trainingLapsed}</span>
              </p>
              <p className="form-hint">
                {c.status === "active" ? t.certificationUnlocks(serviceOf(c.skill), formatDate(c.expires_at, locale)) : t.certificationLapsed(formatDate(c.expires_at, locale))}
                {" · "}
                {t.certificationScore(c.score, formatDate(c.passed_at, locale))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
