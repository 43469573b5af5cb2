import Link from "next/link"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { Suspense } from "react"
import { FavouritesPanel, ViewingHistoryPanel } from "@/components/recommendations/account-panels"
import { AddressList, type ShownAddress } from "@/components/settings/address-list"
import { DeleteAccount } from "@/components/settings/delete-account"
import { PhoneForm } from "@/components/settings/phone-form"
import { ProfileForm } from "@/components/settings/profile-form"
import { SiteHeader } from "@/components/site-header"
import { UnavailablePage } from "@/components/unavailable-page"
import { myAddresses, realEmail, shownPhone } from "@/lib/account"
import { signOutTo } from "@/lib/actions/account"
import { medusa } from "@/lib/api"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath, type Locale } from "@/lib/locale"
import type { Customer } from "@/lib/session"
import { signInAgain, tokenOrSignIn } from "@/lib/signed-in"
import "@/styles/booking.css"
import "@/styles/account.css"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return { title: `${t.accountTitle} · ${t.brand}` }
}

async function load(token: string) {
  const [me, addresses] = await Promise.all([medusa<{ customer: Customer }>("/store/customers/me", { token }), myAddresses(token)])
  if (!me.ok) return { code: me.code }
  if (!addresses.ok) return { code: addresses.code }
  const shown: ShownAddress[] = addresses.data.addresses.map((a) => {
    const district = (a.metadata as { district?: unknown } | null)?.district
    return {
      id: a.id,
      line: a.address_1 ?? "—",
      detail: [a.city, typeof district === "string" ? district : null, [a.first_name, a.phone].filter(Boolean).join(" ")].filter(Boolean).join(" · "),
    }
  })
  return { customer: me.data.customer, addresses: shown }
}

function Shortcuts({ locale }: { locale: Locale }) {
  const t = messagesFor(locale)
  const links = [
    ["/appointments", t.myAppointments],
    ["/inbox", t.inboxTitle],
    ["/support", t.supportTitle],
  ] as const
  return (
    <nav aria-label={t.shortcuts}>
      <ul className="shortcut-list">
        {links.map(([path, label]) => (
          <li key={path}>
            <Link href={localePath(locale, path)}>
              {label}
              <span aria-hidden>›</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** A panel whose data is still on its way: its title, and that it is loading. */
function PanelLoading({ title }: { title: string }) {
  return (
    <section className="panel" aria-busy="true">
      <h2>{title}</h2>
      <span className="skeleton" />
    </section>
  )
}

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const path = "/account"
  const token = await tokenOrSignIn(locale, path)
  const loaded = await unlessUnavailable(load(token))
  if (loaded === null) return <UnavailablePage locale={locale} path={path} />
  if ("code" in loaded) {
    if (loaded.code === "UNAUTHORIZED") signInAgain(locale, path)
    throw new Error(`Unexpected ${loaded.code} on the account page`)
  }
  const { customer } = loaded
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page account-page">
        <h1>{t.accountTitle}</h1>
        <Shortcuts locale={locale} />
        <ProfileForm locale={locale} firstName={customer.first_name ?? ""} lastName={customer.last_name ?? ""} email={realEmail(customer.email)} />
        <PhoneForm locale={locale} current={shownPhone(customer.phone)} />
        <AddressList locale={locale} addresses={loaded.addresses} />
        <Suspense fallback={<PanelLoading title={t.favouritesTitle} />}>
          <FavouritesPanel token={token} locale={locale} />
        </Suspense>
        <Suspense fallback={<PanelLoading title={t.historyTitle} />}>
          <ViewingHistoryPanel token={token} locale={locale} />
        </Suspense>
        <section className="panel" aria-labelledby="privacy-title">
          <h2 id="privacy-title">{t.privacyTitle}</h2>
          <p className="form-hint">{t.exportLead}</p>
          <a className="button button-secondary" href="/api/privacy/export" download>
            {t.exportData}
          </a>
        </section>
        <DeleteAccount locale={locale} />
        <form action={signOutTo.bind(null, locale)} className="sign-out">
          <button type="submit" className="button button-quiet button-block">
            {t.signOut}
          </button>
        </form>
      </main>
    </>
  )
}
