import { notFound } from "next/navigation"
import { BeauticianSummary } from "@/components/pro/beautician-summary"
import { ProHeader } from "@/components/pro/pro-header"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { unlessUnavailable } from "@/lib/backend"
import { isLocale } from "@/lib/i18n"
import { signedInBeautician } from "@/lib/pro/session"

export const dynamic = "force-dynamic"

/** The portal's first page: who is signed in and whether they are taking jobs. */
export default async function ProHomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const path = "/pro"
  const signedIn = await unlessUnavailable(signedInBeautician(locale, path))
  if (!signedIn) return <ProUnavailable locale={locale} path={path} />
  return (
    <>
      <ProHeader locale={locale} path={path} />
      <main className="page pro-page">
        <BeauticianSummary locale={locale} beautician={signedIn.beautician} />
      </main>
    </>
  )
}
