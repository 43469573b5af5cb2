import Link from "next/link"
import { notFound } from "next/navigation"
import { BeauticianSummary } from "@/components/pro/beautician-summary"
import { ProHeader } from "@/components/pro/pro-header"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { SignOutButton } from "@/components/pro/sign-out-button"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath } from "@/lib/locale"
import { signedInBeautician } from "@/lib/pro/session"

export const dynamic = "force-dynamic"

const LINKS = [
  ["profile", "/pro/profile"],
  ["training", "/pro/training"],
  ["inbox", "/pro/inbox"],
  ["schedule", "/pro/schedule"],
] as const

/** The beautician's own corner: who they are, the way to their profile, training and inbox, and signing out. */
export default async function ProMePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const path = "/pro/me"
  const signedIn = await unlessUnavailable(signedInBeautician(locale, path))
  if (!signedIn) return <ProUnavailable locale={locale} path={path} />
  const t = messagesFor(locale)
  return (
    <>
      <ProHeader locale={locale} path={path} />
      <main className="page pro-page">
        <BeauticianSummary locale={locale} beautician={signedIn.beautician} />
        <nav aria-label={t.proMeTitle}>
          <ul className="pro-menu">
            {LINKS.map(([key, to]) => (
              <li key={key}>
                <Link href={localePath(locale, to)}>{t.proMeLinks[key]}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <SignOutButton locale={locale} />
      </main>
    </>
  )
}
