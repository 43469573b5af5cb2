import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { CancelPanel } from "@/components/appointments/cancel-panel"
import { ExtraPayment } from "@/components/appointments/extra-payment"
import { LiveStatus } from "@/components/appointments/live-status"
import { ReschedulePanel } from "@/components/appointments/reschedule-panel"
import { MyReview } from "@/components/appointments/my-review"
import { ReviewForm } from "@/components/appointments/review-form"
import { StatusBadge } from "@/components/appointments/status-badge"
import { SiteHeader } from "@/components/site-header"
import { UnavailablePage } from "@/components/unavailable-page"
import { VisitSummary } from "@/components/visit-summary"
import { unlessUnavailable } from "@/lib/backend"
import { appointmentTimeline, bookingRules, myAppointment, myReview, myTip, REVIEW_PHOTOS, stripDates, type Appointment } from "@/lib/booking"
import { findBeautician } from "@/lib/doorstep"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath, type Locale } from "@/lib/locale"
import { formatCny } from "@/lib/money"
import { sessionToken } from "@/lib/session"
import { formatWhen } from "@/lib/time"
import { serviceOfVariant } from "@/lib/visit"
import "@/styles/booking.css"

export const dynamic = "force-dynamic"

/** Statuses in which the beautician who comes is settled. */
const WITH_BEAUTICIAN = new Set<Appointment["status"]>(["assigned", "en_route", "arrived", "in_service", "completed"])

async function loadAppointment(token: string, id: string, locale: Locale) {
  const got = await myAppointment(token, id)
  if (!got.ok) return { code: got.code } as const
  const appointment = got.data.appointment
  const completed = appointment.status === "completed"
  const [timeline, service, beautician, rules, tip, review] = await Promise.all([
    appointmentTimeline(token, id),
    serviceOfVariant(appointment.variant_id, locale),
    WITH_BEAUTICIAN.has(appointment.status) ? findBeautician(appointment.beautician_id) : Promise.resolve(undefined),
    bookingRules(),
    completed ? myTip(token, id) : Promise.resolve(null),
    completed ? myReview(token, id) : Promise.resolve(null),
  ])
  return {
    appointment,
    timeline: timeline.ok ? timeline.data.timeline : [],
    service,
    beautician,
    dates: stripDates(rules),
    tip: tip?.ok ? tip.data.tip : null,
    review,
  } as const
}

export default async function AppointmentPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ paid?: string; reviewed?: string }> }) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const justPaid = query.paid === "1"
  const t = messagesFor(locale)
  const path = `/appointments/${id}`
  const signIn = `${localePath(locale, "/sign-in")}?next=${encodeURIComponent(localePath(locale, path))}`
  const token = await sessionToken()
  if (!token) redirect(signIn)
  const loaded = await unlessUnavailable(loadAppointment(token, id, locale))
  if (loaded === null) {
    return <UnavailablePage locale={locale} path={path} />
  }
  if ("code" in loaded) {
    if (loaded.code === "UNAUTHORIZED") redirect(signIn)
    notFound()
  }
  const { appointment, timeline, service, beautician, dates, tip, review } = loaded
  const simulatorUrl = process.env.PAYMENT_SIMULATOR_URL
  const name = beautician?.display_name
  const headline =
    name && appointment.status === "en_route"
      ? t.onTheWay(name)
      : name && appointment.status === "arrived"
        ? t.arrivedName(name)
        : name && appointment.status === "assigned"
          ? t.whoComes(name)
          : t.status[appointment.status]
  const money = (fen: number) => formatCny(fen / 100, locale)
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page book-page">
        <Link href={localePath(locale, "/appointments")} className="back-link">
          ← {t.appointmentsTitle}
        </Link>
        <section className="status-hero" aria-live="polite">
          <StatusBadge locale={locale} status={appointment.status} />
          <h1 data-testid="headline">{headline}</h1>
          {justPaid && appointment.status === "confirmed" && <p className="form-hint">{t.paidJustNow}</p>}
          {!appointment.final && <LiveStatus locale={locale} appointmentId={appointment.id} />}
        </section>

        <VisitSummary locale={locale} appointment={appointment} service={service} />

        {beautician && (
          <section className="panel" aria-labelledby="who-title">
            <h2 id="who-title">{t.beautician}</h2>
            <Link href={localePath(locale, `/beauticians/${beautician.id}`)} className="beautician-card">
              <span className="avatar" aria-hidden>
                {beautician.display_name.slice(0, 1)}
              </span>
              <span className="beautician-card-body">
                <strong>{beautician.display_name}</strong>
              </span>
            </Link>
          </section>
        )}

        <section className="panel" aria-labelledby="payment-title">
          <h2 id="payment-title">{t.payment}</h2>
          <p data-testid="payment-status">
            <strong>{t.paymentStatus[appointment.payment_status]}</strong>
            {appointment.paid_fen !== null && <span> · {t.paid(money(appointment.paid_fen))}</span>}
            {appointment.cancellation_fee_fen !== null && appointment.cancellation_fee_fen > 0 && <span> · {t.fee(money(appointment.cancellation_fee_fen))}</span>}
            {appointment.refund_fen !== null && appointment.refund_fen > 0 && <span> · {t.refunded(money(appointment.refund_fen))}</span>}
          </p>
          {appointment.status === "held" && (
            <Link className="button" href={localePath(locale, `/checkout/${appointment.id}`)}>
              {t.continuePayment}
            </Link>
          )}
        </section>

        {timeline.length > 0 && (
          <section className="panel" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t.timeline}</h2>
            <ol className="timeline">
              {timeline.map((step, i) => (
                <li key={`${step.at}-${i}`}>
                  <strong>{t.status[step.status]}</strong>
                  <small>
                    {formatWhen(step.at, locale)} · {t.by[step.by]}
                  </small>
                </li>
              ))}
            </ol>
          </section>
        )}

        {appointment.status === "completed" && appointment.payment.mode === "deposit" && appointment.payment.balance_due_fen > 0 && (
          <ExtraPayment locale={locale} appointmentId={appointment.id} kind="balance" dueFen={appointment.payment.balance_due_fen} simulatorUrl={simulatorUrl} />
        )}
        {appointment.status === "completed" && appointment.payment.mode === "deposit" && appointment.payment.balance_due_fen === 0 && appointment.payment.balance_paid_fen !== null && (
          <p className="notice">{t.balancePaid}</p>
        )}
        {review && <MyReview review={review} locale={locale} justSent={query.reviewed === "1"} />}
        {appointment.status === "completed" && !review && <ReviewForm locale={locale} appointmentId={appointment.id} maxPhotos={REVIEW_PHOTOS.count} maxPhotoBytes={REVIEW_PHOTOS.bytes} />}
        {appointment.status === "completed" &&
          (tip?.status === "paid" ? (
            <p className="notice">{t.tipPaid(money(tip.amount_fen))}</p>
          ) : (
            <ExtraPayment locale={locale} appointmentId={appointment.id} kind="tip" simulatorUrl={simulatorUrl} />
          ))}

        <div className="button-row">
          {appointment.changes.reschedule && (
            <ReschedulePanel
              locale={locale}
              appointmentId={appointment.id}
              variantId={appointment.variant_id}
              beauticianId={appointment.beautician_id}
              place={appointment.address}
              dates={dates}
            />
          )}
          {appointment.changes.cancel && <CancelPanel locale={locale} appointmentId={appointment.id} />}
          {appointment.final && service && (
            <Link className="button button-quiet" href={localePath(locale, `/services/${service.handle}/book?option=${appointment.variant_id}`)}>
              {t.bookAgain}
            </Link>
          )}
        </div>
      </main>
    </>
  )
}
