import Link from "next/link"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { SiteHeader } from "@/components/site-header"
import { TicketBadge } from "@/components/support/ticket-badge"
import { TicketReply } from "@/components/support/ticket-reply"
import { UnavailablePage } from "@/components/unavailable-page"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath } from "@/lib/locale"
import { signInAgain, tokenOrSignIn } from "@/lib/signed-in"
import { myTicket } from "@/lib/support"
import { formatWhen } from "@/lib/time"
import "@/styles/booking.css"
import "@/styles/account.css"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return { title: `${t.ticketTitle} · ${t.brand}` }
}

export default async function TicketPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const path = `/support/${id}`
  const token = await tokenOrSignIn(locale, path)
  const got = await unlessUnavailable(myTicket(token, id))
  if (got === null) return <UnavailablePage locale={locale} path={path} />
  if (!got.ok) {
    if (got.code === "UNAUTHORIZED") signInAgain(locale, path)
    if (got.code === "TICKET_NOT_FOUND") notFound()
    throw new Error(`Unexpected ${got.code} from /store/tickets/${id}`)
  }
  const ticket = got.data.ticket
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page account-page">
        <Link href={localePath(locale, "/support")} className="back-link">
          ← {t.backToSupport}
        </Link>
        <header className="ticket-head">
          <h1>{ticket.subject}</h1>
          <p>
            <TicketBadge locale={locale} status={ticket.status} /> <span className="form-hint">{t.kinds[ticket.kind]}</span>
          </p>
          {ticket.appointment_id && (
            <p className="form-hint">
              <Link className="inline-link" href={localePath(locale, `/appointments/${ticket.appointment_id}`)}>
                {t.viewAppointment}
              </Link>
            </p>
          )}
        </header>
        <ol className="thread" aria-label={t.ticketTitle}>
          {ticket.messages
            .filter((m) => !m.internal)
            .map((m) => (
              <li key={m.id} className={m.author_type === "staff" ? "message from-staff" : "message"}>
                <p className="message-meta">
                  <strong>{m.author_type === "staff" ? t.fromSupport : t.fromYou}</strong> <small>{formatWhen(m.created_at, locale)}</small>
                </p>
                <p className="message-body">{m.body}</p>
              </li>
            ))}
        </ol>
        {ticket.status === "resolved" && <p className="notice">{t.resolvedNote}</p>}
        <TicketReply locale={locale} ticketId={ticket.id} closed={ticket.status === "closed"} />
      </main>
    </>
  )
}
