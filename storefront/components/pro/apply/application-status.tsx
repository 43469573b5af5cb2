import Link from "next/link"
import { messagesFor } from "@/lib/i18n"
import { formatDate, localePath, type Locale } from "@/lib/locale"
import type { Application } from "@/lib/pro/application"
import { EnterPortalButton } from "./enter-portal-button"

const STAGES = ["submitted", "merchant", "platform", "working"] as const

/** How far the application has come: sent, the studio's review, the platform's, then work. */
function reached(application: Application): number {
  if (application.status === "approved") return 4
  if (application.status === "merchant_approved") return 2
  return 1
}

/** Where an application stands: pending (which review it waits for), approved (into the portal), or rejected with the reason and a way to apply again. */
export function ApplicationStatus({ locale, application }: { locale: Locale; application: Application }) {
  const t = messagesFor(locale)
  const rejected = application.status === "rejected"
  const done = reached(application)
  const title = rejected ? t.applyRejected : application.status === "approved" ? t.applyApproved : t.applyPending
  return (
    <section className="apply-status" aria-labelledby="apply-status-title">
      <p className="form-hint">{t.applyStatusLead(application.studio.name)}</p>
      <h2 id="apply-status-title" className={`apply-status-title apply-status-${rejected ? "rejected" : application.status === "approved" ? "approved" : "pending"}`}>
        {title}
      </h2>
      <p className="form-hint">{t.applySubmittedAt(formatDate(application.submitted_at, locale))}</p>
      {!rejected && (
        <ol className="apply-stages">
          {STAGES.map((stage, i) => (
            <li key={stage} className={i < done ? "done" : i === done ? "current" : ""}>
              <span>{t.applyStages[stage]}</span>
              {i < done ? <small>{t.applyStageDone}</small> : i === done ? <small>{t.applyStageCurrent}</small> : null}
            </li>
          ))}
        </ol>
      )}
      {application.status === "submitted" && <p>{t.applyPendingLead}</p>}
      {application.status === "merchant_approved" && <p>{t.applyMerchantApprovedLead}</p>}
      {application.status === "approved" && (
        <>
          <p>{t.applyApprovedLead}</p>
          <EnterPortalButton locale={locale} />
        </>
      )}
      {rejected && (
        <>
          <div className="reject-reason">
            <strong>{t.applyRejectedReason}</strong>
            <p>{application.reason}</p>
          </div>
          <p>{t.applyRejectedLead}</p>
          <Link href={`${localePath(locale, "/pro/apply")}?again=1`} className="button button-block" prefetch={false}>
            {t.applyAgain}
          </Link>
        </>
      )}
    </section>
  )
}
