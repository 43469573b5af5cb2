import Link from "next/link"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { SiteHeader } from "@/components/site-header"
import { NewTicketForm, type AppointmentChoice } from "@/components/support/new-ticket-form"
import { TicketBadge } from "@/components/support/ticket-badge"
import { UnavailablePage } from "@/components/unavailable-page"
import { unlessUnavailable } from "@/lib/backend"
import { myAppointments } from "@/lib/booking"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath, type Locale } from "@/lib/locale"
import { signInAgain, tokenOrSignIn } from "@/lib/signed-in"
import { myTickets, supportContact, telHref, type SupportContact } from "@/lib/support"
import { formatWhen } from "@/lib/time"
import { servicesByVariant } from "@/lib/visit"
import "@/styles/booking.css"
import "@/styles/account.css"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return { title: `${t.supportTitle} · ${t.brand}` }
}

async function load(token: string, locale: Locale) {
  const [contact, tickets, appointments, services] = await Promise.all([supportContact(), myTickets(token), myAppointments(token), servicesByVariant(locale)])
  for (const got of [contact, tickets, appointments]) if (!got.ok) return { code: got.code }
  if (!contact.ok || !tickets.ok || !appointments.ok) return { code: "UNKNOWN" }
  // The newest first: a complaint is most often about the latest visit.
  const choices: AppointmentChoice[] = [...appointments.data.appointments]
    .sort((a, b) => b.start.localeCompare(a.start))
    .map((a) => ({ id: a.id, label: `${formatWhen(a.start, locale)} · ${services.get(a.variant_id)?.title ?? "—"}` }))
  return { contact: contact.data.support, tickets: tickets.data.tickets, choices }
}

function ContactPanel({ locale, contact }: { locale: Locale; contact: SupportContact }) {
  const t = messagesFor(locale)
  return (
    <section className="panel" aria-labelledby="contact-title">
      <h2 id="contact-title">{t.contactTitle}</h2>
      {contact.phone ? (
        <a className="button call-button" href={telHref(contact.phone)}>
          <span aria-hidden>☎</span> {t.callUs(contact.phone)}
        </a>
      ) : (
        <p className="form-hint">{t.noServicePhone}</p>
      )}
      {contact.hours && <p className="form-hint">{t.serviceHours(contact.hours)}</p>}
    </section>
  )
}

export default async function SupportPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ appointment?: string }> }) {
  const { locale } = await params
  const { appointment } = await searchParams
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const path = "/support"
  const token = await tokenOrSignIn(locale, path)
  const loaded = await unlessUnavailable(load(token, locale))
  if (loaded === null) return <UnavailablePage locale={locale} path={path} />
  if ("code" in loaded) {
    if (loaded.code === "UNAUTHORIZED") signInAgain(locale, path)
    throw new Error(`Unexpected ${loaded.code} on the support page`)
  }
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page account-page">
        <h1>{t.supportTitle}</h1>
        <ContactPanel locale={locale} contact={loaded.contact} />
        <section aria-labelledby="tickets-title">
          <h2 id="tickets-title" className="section-title">
            {t.ticketsTitle}
          </h2>
          {loaded.tickets.length === 0 ? (
            <p className="notice">{t.noTickets}</p>
          ) : (
            <ul className="appointment-list">
              {loaded.tickets.map((ticket) => (
                <li key={ticket.id}>
                  <Link href={localePath(locale, `/support/${ticket.id}`)} className="appointment-card">
                    <span>
                      <strong>{ticket.subject}</strong>
                      <small>
                        {t.kinds[ticket.kind]} · {t.lastActivity(formatWhen(ticket.last_message_at, locale))}
                      </small>
                    </span>
                    <TicketBadge locale={locale} status={ticket.status} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <NewTicketForm locale={locale} appointments={loaded.choices} about={loaded.choices.some((c) => c.id === appointment) ? appointment : undefined} />
      </main>
    </>
  )
}
