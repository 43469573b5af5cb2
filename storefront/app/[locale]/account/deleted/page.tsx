import Link from "next/link"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { SiteHeader } from "@/components/site-header"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath } from "@/lib/locale"
import "@/styles/booking.css"
import "@/styles/account.css"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return { title: `${t.accountDeleted} · ${t.brand}` }
}

/** Where a customer lands once their account is deleted (signed out by then). */
export default async function AccountDeletedPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  return (
    <>
      <SiteHeader locale={locale} path="/" />
      <main className="page narrow-page">
        <section className="notice" role="status">
          <h1>{t.accountDeleted}</h1>
          <p>{t.accountDeletedBody}</p>
          <Link className="button" href={localePath(locale)}>
            {t.backHome}
          </Link>
        </section>
      </main>
    </>
  )
}
