import { notFound, redirect } from "next/navigation"
import { CheckoutForm } from "@/components/checkout/checkout-form"
import { SiteHeader } from "@/components/site-header"
import { UnavailablePage } from "@/components/unavailable-page"
import { VisitSummary } from "@/components/visit-summary"
import { unlessUnavailable } from "@/lib/backend"
import { myAppointment } from "@/lib/booking"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath, type Locale } from "@/lib/locale"
import { sessionToken } from "@/lib/session"
import { serviceOfVariant } from "@/lib/visit"
import "@/styles/booking.css"

export const dynamic = "force-dynamic"

async function loadCheckout(token: string, id: string, locale: Locale) {
  const got = await myAppointment(token, id)
  if (!got.ok) return { appointment: null, code: got.code, service: null }
  return { appointment: got.data.appointment, code: null, service: await serviceOfVariant(got.data.appointment.variant_id, locale) }
}

export default async function CheckoutPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const path = `/checkout/${id}`
  const token = await sessionToken()
  if (!token) redirect(`${localePath(locale, "/sign-in")}?next=${encodeURIComponent(localePath(locale, path))}`)
  const loaded = await unlessUnavailable(loadCheckout(token, id, locale))
  if (loaded === null) {
    return <UnavailablePage locale={locale} path={path} />
  }
  const { appointment, service } = loaded
  if (!appointment) {
    if (loaded.code === "UNAUTHORIZED") redirect(`${localePath(locale, "/sign-in")}?next=${encodeURIComponent(localePath(locale, path))}`)
    notFound()
  }
  // Paid, or moved on since: the appointment's own page says where it stands.
  if (appointment.status !== "held" && appointment.status !== "expired") redirect(localePath(locale, `/appointments/${id}`))
  const bookAgain = localePath(locale, service ? `/services/${service.handle}/book?option=${appointment.variant_id}` : "/")
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page book-page">
        <h1>{t.checkoutTitle}</h1>
        <VisitSummary locale={locale} appointment={appointment} service={service} />
        {appointment.payment.mode === "deposit" && appointment.payment.deposit_percent && <p className="form-hint">{t.depositTerms(appointment.payment.deposit_percent)}</p>}
        <p className="form-hint">{t.cancellationTerms(appointment.cancellation_terms.free_until_hours)}</p>
        {appointment.status === "expired" || !appointment.expires_at ? (
          <section className="notice notice-error" role="alert">
            <h2>{t.holdExpiredTitle}</h2>
            <p>{t.holdExpiredBody}</p>
            <a className="button" href={bookAgain}>
              {t.chooseAgain}
            </a>
          </section>
        ) : (
          <CheckoutForm
            locale={locale}
            appointmentId={id}
            expiresAt={appointment.expires_at}
            bookAgainPath={bookAgain}
            simulatorUrl={process.env.PAYMENT_SIMULATOR_URL}
          />
        )}
      </main>
    </>
  )
}
