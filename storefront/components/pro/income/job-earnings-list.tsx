import Link from "next/link"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"
import { formatCny } from "@/lib/money"
import type { JobEarnings } from "@/lib/pro/income"
import { formatWhen } from "@/lib/clock"

/** Each booked job: what it brought in (gross), what the platform and studio kept (commission), and the beautician's net, with any tip. */
export function JobEarningsList({ locale, jobs, serviceOf }: { locale: Locale; jobs: JobEarnings[]; serviceOf: (variantId: string | null) => string | null }) {
  const t = messagesFor(locale)
  const yuan = (fen: number) => formatCny(fen / 100, locale)
  return (
    <section className="panel" aria-labelledby="job-earnings-title">
      <h2 id="job-earnings-title">{t.incomeJobsTitle}</h2>
      {jobs.length === 0 ? (
        <p className="empty">{t.incomeJobsNone}</p>
      ) : (
        <ul className="money-list">
          {jobs.map((job) => (
            <li key={job.appointment_id} data-testid="job-earnings">
              <p className="money-list-head">
                <Link href={localePath(locale, `/pro/jobs/${job.appointment_id}`)} prefetch={false} className="text-link">
                  <strong>{serviceOf(job.variant_id) ?? t.conflictUnknownService}</strong>
                </Link>
                {job.start && <span>{formatWhen(job.start, locale)}</span>}
                {job.kind === "cancellation_fee" && <span className="badge badge-off">{t.incomeCancellationFee}</span>}
              </p>
              <dl className="money-figures">
                <div>
                  <dt>{t.incomeGross}</dt>
                  <dd>{yuan(job.gross_fen)}</dd>
                </div>
                <div>
                  <dt>{t.incomeCommission}</dt>
                  <dd>−{yuan(job.commission_fen)}</dd>
                </div>
                <div className="money-net">
                  <dt>{t.incomeNet}</dt>
                  <dd>{yuan(job.net_fen)}</dd>
                </div>
                {job.tip_fen > 0 && (
                  <div>
                    <dt>{t.incomeTip}</dt>
                    <dd>+{yuan(job.tip_fen)}</dd>
                  </div>
                )}
              </dl>
              <p className="form-hint">
                {job.commission_rate_bp === null ? t.incomeSplit(yuan(job.platform_fen), yuan(job.studio_fen)) : t.incomeSplitAt(job.commission_rate_bp / 100, yuan(job.platform_fen), yuan(job.studio_fen))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
