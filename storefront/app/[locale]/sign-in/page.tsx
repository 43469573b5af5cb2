import { notFound } from "next/navigation"
import { SignInPanel } from "@/components/account/sign-in-panel"
import { SiteHeader } from "@/components/site-header"
import { isLocale, localePath } from "@/lib/locale"

export const dynamic = "force-dynamic"

/** Only a path on this site: never another origin (`//x`, `https://x`). */
const localTarget = (next: string | undefined) => (next && next.startsWith("/") && !next.startsWith("//") ? next : undefined)

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; error?: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const next = localTarget(query.next) ?? localePath(locale, "/appointments")
  return (
    <>
      <SiteHeader locale={locale} path="/sign-in" />
      <main className="page narrow-page">
        <SignInPanel locale={locale} next={next} error={query.error === "WECHAT_FAILED" ? query.error : undefined} />
      </main>
    </>
  )
}
