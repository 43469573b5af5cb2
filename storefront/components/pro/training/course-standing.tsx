import { messagesFor } from "@/lib/i18n"
import { formatDate, type Locale } from "@/lib/locale"
import type { Course } from "@/lib/pro/training"
import { formatWhen } from "@/lib/clock"

/** Where the beautician stands with a course: certified (until when), lapsed, cooling down after a fail (until when), or yet to pass. */
export function CourseStanding({ locale, course }: { locale: Locale; course: Pick<Course, "certification" | "retry_at" | "last_score"> }) {
  const t = messagesFor(locale)
  const { certification, retry_at: retryAt, last_score: lastScore } = course
  if (retryAt) {
    return (
      <p className="course-standing" data-testid="course-standing">
        <span className="badge badge-wait">{t.trainingCoolingDown}</span> {t.examCooldownUntil(formatWhen(retryAt, locale))}
        {lastScore !== null && ` ${t.trainingLastScore(lastScore)}`}
      </p>
    )
  }
  if (certification?.status === "active") {
    return (
      <p className="course-standing" data-testid="course-standing">
        <span className="badge badge-good">{t.trainingCertified}</span> {t.trainingValidUntil(formatDate(certification.expires_at, locale))}
      </p>
    )
  }
  return (
    <p className="course-standing" data-testid="course-standing">
      <span className="badge badge-off">{certification ? t.trainingLapsed : t.trainingNotYet}</span>
      {lastScore !== null && ` ${t.trainingLastScore(lastScore)}`}
    </p>
  )
}
