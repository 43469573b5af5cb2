import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { NoticeList } from "@/components/inbox/notice-list"
import { PreferencesForm } from "@/components/inbox/preferences-form"
import { SiteHeader } from "@/components/site-header"
import { UnavailablePage } from "@/components/unavailable-page"
import { markRead, savePreferences } from "@/lib/actions/inbox"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale } from "@/lib/locale"
import { myNotices, noticePreferences, shownNotices } from "@/lib/inbox"
import { signInAgain, tokenOrSignIn } from "@/lib/signed-in"
import "@/styles/booking.css"
import "@/styles/account.css"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return { title: `${t.inboxTitle} · ${t.brand}` }
}

export default async function InboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const path = "/inbox"
  const token = await tokenOrSignIn(locale, path)
  const loaded = await unlessUnavailable(Promise.all([myNotices(token), noticePreferences(token)]))
  if (loaded === null) return <UnavailablePage locale={locale} path={path} />
  const [notices, preferences] = loaded
  for (const got of [notices, preferences]) {
    if (got.ok) continue
    if (got.code === "UNAUTHORIZED") signInAgain(locale, path)
    throw new Error(`Unexpected ${got.code} on the inbox`)
  }
  if (!notices.ok || !preferences.ok) return null
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page account-page">
        <h1>{t.inboxTitle}</h1>
        <NoticeList locale={locale} notices={shownNotices(notices.data.notifications, locale)} markRead={markRead} />
        <PreferencesForm locale={locale} initial={preferences.data.preferences} save={savePreferences} />
      </main>
    </>
  )
}
