import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"
import type { Beautician } from "@/lib/pro/session"

/** Who is signed in and whether they are taking jobs. */
export function BeauticianSummary({ locale, beautician }: { locale: Locale; beautician: Beautician }) {
  const t = messagesFor(locale)
  return (
    <section className="pro-summary" aria-labelledby="pro-greeting">
      <h1 id="pro-greeting">{t.proGreeting(beautician.display_name)}</h1>
      <p>
        <span className="visually-hidden">{t.proStatusLabel}: </span>
        <span className={`pro-status pro-status-${beautician.status}`}>{t.proStatus[beautician.status] ?? beautician.status}</span>
      </p>
    </section>
  )
}
