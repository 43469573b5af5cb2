import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { StatusBadge } from "@/components/appointments/status-badge"
import { SiteHeader } from "@/components/site-header"
import { UnavailablePage } from "@/components/unavailable-page"
import { unlessUnavailable } from "@/lib/backend"
import { myAppointments, type Appointment } from "@/lib/booking"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath, type Locale } from "@/lib/locale"
import { sessionToken } from "@/lib/session"
import { formatWhen } from "@/lib/time"
import { servicesByVariant, type BookedService } from "@/lib/visit"
import "@/styles/booking.css"

export const dynamic = "force-dynamic"

async function loadAppointments(token: string, locale: Locale) {
  const [got, services] = await Promise.all([myAppointments(token), servicesByVariant(locale)])
  return got.ok ? { appointments: got.data.appointments, services } : ({ code: got.code } as const)
}

function AppointmentList({ locale, items, services, empty }: { locale: Locale; items: Appointment[]; services: Map<string, BookedService>; empty: string }) {
  if (items.length === 0) return <p className="notice">{empty}</p>
  return (
    <ul className="appointment-list">
      {items.map((a) => (
        <li key={a.id}>
          <Link href={localePath(locale, `/appointments/${a.id}`)} className="appointment-card">
            <span>
              <strong>{services.get(a.variant_id)?.title ?? "—"}</strong>
              <small>{services.get(a.variant_id)?.option.title}</small>
              <small>{formatWhen(a.start, locale)}</small>
            </span>
            <StatusBadge locale={locale} status={a.status} />
          </Link>
        </li>
      ))}
    </ul>
  )
}

export default async function AppointmentsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const path = "/appointments"
  const token = await sessionToken()
  if (!token) redirect(`${localePath(locale, "/sign-in")}?next=${encodeURIComponent(localePath(locale, path))}`)
  const loaded = await unlessUnavailable(loadAppointments(token, locale))
  if (loaded === null) {
    return <UnavailablePage locale={locale} path={path} />
  }
  if ("code" in loaded) {
    if (loaded.code === "UNAUTHORIZED") redirect(`${localePath(locale, "/sign-in")}?next=${encodeURIComponent(localePath(locale, path))}`)
    throw new Error(`Unexpected ${loaded.code} from /store/appointments`)
  }
  const now = Date.now()
  const upcoming = loaded.appointments.filter((a) => !a.final && new Date(a.end).getTime() > now).sort((a, b) => a.start.localeCompare(b.start))
  const past = loaded.appointments.filter((a) => !upcoming.includes(a)).sort((a, b) => b.start.localeCompare(a.start))
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page book-page">
        <h1>{t.appointmentsTitle}</h1>
        <section aria-labelledby="upcoming-title">
          <h2 id="upcoming-title" className="section-title">
            {t.upcoming}
          </h2>
          <AppointmentList locale={locale} items={upcoming} services={loaded.services} empty={t.noUpcoming} />
          {upcoming.length === 0 && (
            <Link className="button" href={localePath(locale)}>
              {t.browseServices}
            </Link>
          )}
        </section>
        <section aria-labelledby="past-title">
          <h2 id="past-title" className="section-title">
            {t.past}
          </h2>
          <AppointmentList locale={locale} items={past} services={loaded.services} empty={t.noPast} />
        </section>
      </main>
    </>
  )
}
