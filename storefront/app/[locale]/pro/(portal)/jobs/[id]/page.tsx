import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { JobBadge } from "@/components/pro/job-badge"
import { JobRecord } from "@/components/pro/job-record"
import { JobSteps } from "@/components/pro/job-steps"
import { NavigationLinks } from "@/components/pro/navigation-links"
import { OfflineNotice } from "@/components/pro/offline-notice"
import { ProHeader } from "@/components/pro/pro-header"
import { ProLive } from "@/components/pro/pro-live"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { ReviewBody } from "@/components/reviews/review-list"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath, type Locale } from "@/lib/locale"
import { jobReview, myJob, payOf, type JobPay, type ProJob } from "@/lib/pro/day"
import { proSignIn, proTokenOrSignIn } from "@/lib/pro/session"
import { serviceName, timeSpan, yuan } from "@/lib/pro/views"
import { serviceOfVariant } from "@/lib/visit"
import "@/styles/pro-day.css"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: messagesFor(locale).jobTitle } : {}
}

const FINISHED = new Set<ProJob["status"]>(["completed", "no_show"])

async function loadJob(locale: Locale, token: string, id: string) {
  const job = await myJob(token, id)
  if (!job.ok) return { code: job.code } as const
  const [service, pay, review] = await Promise.all([
    serviceOfVariant(job.data.job.variant_id, locale),
    payOf(token, [id]),
    job.data.job.status === "completed" ? jobReview(token, id) : Promise.resolve(null),
  ])
  return { job: job.data.job, service, pay: pay.get(id), review: review?.ok ? review.data.review : null }
}

function payText(locale: Locale, job: ProJob, pay: JobPay) {
  const t = messagesFor(locale)
  if (pay.earned_fen !== null) return t.jobEarnedBooked(yuan(pay.earned_fen, locale))
  return (job.status === "completed" ? t.jobEarnedSoon : t.jobEarnedPending)(yuan(pay.estimate_fen, locale))
}

/**
 * One job: its next step at the thumb, who and where (as much as privacy
 * allows, for as long as it allows), the way there, what it pays, and once
 * done, the service record and the customer's review. Kept to read offline.
 */
export default async function ProJobPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const path = `/pro/jobs/${id}`
  const token = await proTokenOrSignIn(locale, path)
  const loaded = await unlessUnavailable(loadJob(locale, token, id))
  if (!loaded) return <ProUnavailable locale={locale} path={path} />
  if ("code" in loaded) {
    if (loaded.code === "UNAUTHORIZED") proSignIn(locale, path)
    notFound()
  }
  const { job, service, pay, review } = loaded
  const when = timeSpan(job.start, job.end, locale)
  const address = "line1" in job.address ? job.address : null
  return (
    <>
      <ProHeader locale={locale} path={path} />
      <main className="page pro-page">
        <OfflineNotice locale={locale} renderedAt={new Date().toISOString()} keep={[localePath(locale, path)]} />
        <Link href={localePath(locale, "/pro/today")} className="back-link">
          ← {t.jobBack}
        </Link>
        <div className="status-hero">
          <JobBadge locale={locale} status={job.status} />
          <h1>{serviceName(service ?? undefined, locale)}</h1>
          <p className="job-when">{when}</p>
          <ProLive locale={locale} />
        </div>

        {!FINISHED.has(job.status) && (
          <section className="panel" aria-labelledby="job-next">
            <h2 id="job-next">{t.jobNext}</h2>
            <JobSteps locale={locale} jobId={job.id} status={job.status} />
          </section>
        )}

        <section className="panel" aria-labelledby="job-where">
          <h2 id="job-where">{t.jobWhoWhere}</h2>
          <dl className="job-facts">
            {job.customer.name && (
              <>
                <dt>{t.jobCustomer}</dt>
                <dd>
                  {job.customer.name}
                  {job.customer.phone_last4 && <small>{t.jobPhone(job.customer.phone_last4)}</small>}
                </dd>
              </>
            )}
            <dt>{t.jobAddress}</dt>
            <dd>{address ? [address.city, address.district, address.line1].filter(Boolean).join(" ") : (job.address.district ?? "—")}</dd>
            {address?.notes && (
              <>
                <dt>{t.jobRequests}</dt>
                <dd className="job-requests">{address.notes}</dd>
              </>
            )}
            <dt>{t.jobTime}</dt>
            <dd>
              {when}
              <small>{t.jobTravel(job.travel_in_minutes)}</small>
            </dd>
          </dl>
          {!address && <p className="form-hint">{t.jobAddressHidden}</p>}
          {!FINISHED.has(job.status) && <NavigationLinks locale={locale} job={job} label={when} />}
          {job.check_in && job.check_in.meters !== null && (
            <p className="form-hint">{(job.check_in.flagged ? t.jobCheckInFar : t.jobCheckIn)(job.check_in.meters)}</p>
          )}
        </section>

        {pay && (
          <section className="panel job-pay" aria-labelledby="job-pay">
            <h2 id="job-pay">{t.jobEarned}</h2>
            <p data-testid="job-earned">{payText(locale, job, pay)}</p>
            {pay.tip_fen > 0 && <p className="form-hint">{t.jobTip(yuan(pay.tip_fen, locale))}</p>}
          </section>
        )}

        {FINISHED.has(job.status) && <JobRecord locale={locale} record={job.service_record} />}

        {job.status === "completed" && (
          <section className="panel" aria-labelledby="job-review">
            <h2 id="job-review">{t.jobReview}</h2>
            {review ? (
              <div className="job-review">
                <ReviewBody review={review} locale={locale} />
              </div>
            ) : (
              <p className="empty">{t.jobReviewNone}</p>
            )}
          </section>
        )}
      </main>
    </>
  )
}
