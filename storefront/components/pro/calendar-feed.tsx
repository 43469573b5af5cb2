import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import type { Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { readCalendarFeed } from "@/lib/pro/profile"
import { proToken } from "@/lib/pro/session"
import { CalendarFeedPanel } from "./calendar-feed-panel"
import "@/styles/pro-profile.css"

/**
 * The beautician's jobs in their phone's calendar: the secret feed address, to
 * copy or open as `webcal://`, and a way to replace it when it got out. Reads
 * the portal session itself, so any portal page can mount it.
 */
export async function CalendarFeed({ locale }: { locale: Locale }) {
  const t = messagesFor(locale)
  const token = await proToken()
  if (!token) return null
  const feed = await unlessUnavailable(readCalendarFeed(token))
  return (
    <section className="panel calendar-feed" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">{t.proFeedTitle}</h2>
      <p className="form-hint">{t.proFeedLead}</p>
      {feed?.ok ? (
        <CalendarFeedPanel locale={locale} initialUrl={feed.data.url} />
      ) : (
        <p className="notice notice-error" role="alert">
          {feed ? errorText(locale, feed.code) : t.proFeedUnavailable}
        </p>
      )}
    </section>
  )
}
