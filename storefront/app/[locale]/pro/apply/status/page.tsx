import { notFound, redirect } from "next/navigation"
import { ApplicationStatus } from "@/components/pro/apply/application-status"
import { ProHeader } from "@/components/pro/pro-header"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath } from "@/lib/locale"
import { applicationStanding } from "@/lib/pro/application"
import { proToken } from "@/lib/pro/session"
import "@/styles/booking.css"
import "@/styles/pro.css"
import "@/styles/pro-apply.css"

export const dynamic = "force-dynamic"

/** `/pro/apply/status`: where the signed-in person's application stands (pending, approved, rejected with the reason). */
export default async function ApplicationStatusPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const path = "/pro/apply/status"
  const token = await proToken()
  if (!token) redirect(localePath(locale, "/pro/apply"))
  const loaded = await unlessUnavailable(applicationStanding(token).then((standing) => ({ standing })))
  if (!loaded) return <ProUnavailable locale={locale} path={path} />
  const { standing } = loaded
  // A sign-in commerce no longer takes starts again with the phone; nobody who has not applied has a status.
  if (!standing?.application) redirect(localePath(locale, standing?.beautician ? "/pro" : "/pro/apply"))
  return (
    <>
      <ProHeader locale={locale} path={path} />
      <main className="page pro-page apply-page">
        <h1>{t.applyStatusTitle}</h1>
        <ApplicationStatus locale={locale} application={standing.application} />
      </main>
    </>
  )
}
