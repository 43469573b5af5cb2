import Link from "next/link"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"
import type { ProJob } from "@/lib/pro/day"
import { JobBadge } from "./job-badge"
import { NavigationLinks } from "./navigation-links"

/** One of today's jobs on the route: its number in the day, when, what, where and who, the way there, and the job's page. */
export function DayJob({ locale, job, order, service, when }: { locale: Locale; job: ProJob; order: number; service: string; when: string }) {
  const t = messagesFor(locale)
  const title = `day-job-${job.id}`
  const place = "line1" in job.address && job.address.line1 ? `${job.address.district ?? ""} ${job.address.line1}`.trim() : (job.address.district ?? "")
  return (
    <article className={`day-job day-job-${job.status}`} aria-labelledby={title}>
      <header className="day-job-head">
        <span className="day-order" aria-hidden>
          {order}
        </span>
        <div className="day-job-title">
          <h3 id={title}>
            <span className="visually-hidden">{order}. </span>
            {when}
          </h3>
          <p>{service}</p>
        </div>
        <JobBadge locale={locale} status={job.status} />
      </header>
      <p className="day-job-place">{place}</p>
      {job.customer.name && (
        <p className="day-job-customer">
          {job.customer.name}
          {job.customer.phone_last4 && <small> · {t.jobPhone(job.customer.phone_last4)}</small>}
        </p>
      )}
      {job.status !== "completed" && job.status !== "no_show" && <NavigationLinks locale={locale} job={job} label={when} />}
      <Link href={localePath(locale, `/pro/jobs/${job.id}`)} className="button button-block day-job-open" aria-describedby={title}>
        {t.dayOpen}
      </Link>
    </article>
  )
}
