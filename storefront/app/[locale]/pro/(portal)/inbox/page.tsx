import { notFound } from "next/navigation"
import { NoticeList } from "@/components/inbox/notice-list"
import { PreferencesForm } from "@/components/inbox/preferences-form"
import { ProHeader } from "@/components/pro/pro-header"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { markProRead, saveProPreferences } from "@/lib/actions/pro/inbox"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale } from "@/lib/locale"
import { shownNotices } from "@/lib/inbox"
import { proNoticePreferences, proNotices } from "@/lib/pro/inbox"
import { proTitle } from "@/lib/pro/metadata"
import { dataOrSignIn } from "@/lib/pro/page-data"
import { signedInBeautician } from "@/lib/pro/session"
import "@/styles/account.css"
import "@/styles/pro-office.css"

export const dynamic = "force-dynamic"

export const generateMetadata = proTitle((t) => t.inboxTitle)

/** The beautician's notices (new jobs, moves, cancellations, reminders, certificates), and the language they come in. */
export default async function ProInboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const path = "/pro/inbox"
  const signedIn = await unlessUnavailable(signedInBeautician(locale, path))
  if (!signedIn) return <ProUnavailable locale={locale} path={path} />
  const loaded = await unlessUnavailable(Promise.all([proNotices(signedIn.token), proNoticePreferences(signedIn.token)]))
  if (!loaded) return <ProUnavailable locale={locale} path={path} />
  const [notices, preferences] = dataOrSignIn(locale, path, loaded)
  const t = messagesFor(locale)
  return (
    <>
      <ProHeader locale={locale} path={path} />
      <main className="page pro-page">
        <h1>{t.inboxTitle}</h1>
        <NoticeList locale={locale} notices={shownNotices(notices.notifications, locale)} markRead={markProRead} empty={t.proInboxEmpty} />
        <PreferencesForm locale={locale} initial={preferences.preferences} save={saveProPreferences} />
      </main>
    </>
  )
}
