import { notFound } from "next/navigation"
import { ProHeader } from "@/components/pro/pro-header"
import { ProSignInForm } from "@/components/pro/pro-sign-in-form"
import { isLocale, localePath } from "@/lib/locale"
import "@/styles/booking.css"
import "@/styles/pro.css"

export const dynamic = "force-dynamic"

/** Only a portal path on this site: never another origin (`//x`, `https://x`). */
const portalTarget = (next: string | undefined) => (next && next.startsWith("/") && !next.startsWith("//") && next.includes("/pro") ? next : undefined)

export default async function ProSignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const next = portalTarget((await searchParams).next) ?? localePath(locale, "/pro")
  return (
    <>
      <ProHeader locale={locale} path="/pro/sign-in" />
      <main className="page narrow-page">
        <ProSignInForm locale={locale} next={next} />
      </main>
    </>
  )
}
