import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { BeauticianSummary } from "@/components/pro/beautician-summary"
import { OfferList } from "@/components/pro/offer-list"
import { ProHeader } from "@/components/pro/pro-header"
import { ProLive } from "@/components/pro/pro-live"
import { ProUnavailable } from "@/components/pro/pro-unavailable"
import { PushToggle } from "@/components/pro/push-toggle"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale, type Locale } from "@/lib/locale"
import { openOffers, payOf } from "@/lib/pro/day"
import { proSignIn, signedInBeautician, type Beautician } from "@/lib/pro/session"
import { offerView } from "@/lib/pro/views"
import { servicesByVariant } from "@/lib/visit"
import "@/styles/pro-day.css"

export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: messagesFor(locale).proTabs.offers } : {}
}

const PATH = "/pro"

/** What the beautician is offered now, in the reader's words; null when commerce refuses the session. */
async function loadOffers(locale: Locale, token: string) {
  const offers = await openOffers(token)
  if (!offers.ok) return null
  const ids = offers.data.offers.map((offer) => offer.appointment_id)
  const [services, pay] = await Promise.all([servicesByVariant(locale), payOf(token, ids)])
  return offers.data.offers.map((offer) => offerView(offer, services.get(offer.variant_id), pay.get(offer.appointment_id), locale))
}

function emptyText(locale: Locale, status: Beautician["status"]) {
  const t = messagesFor(locale)
  return status === "pending" ? t.offersEmptyPending : status === "suspended" ? t.offersEmptySuspended : t.offersEmptyActive
}

/**
 * The portal's first page: who is signed in and whether they take jobs, then
 * the offers as they arrive (live), each to accept or decline before its time
 * runs out, and the switch for notifications while the app is closed.
 */
export default async function ProOffersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const loaded = await unlessUnavailable(
    signedInBeautician(locale, PATH).then(async (signedIn) => ({ beautician: signedIn.beautician, offers: await loadOffers(locale, signedIn.token) })),
  )
  if (!loaded) return <ProUnavailable locale={locale} path={PATH} />
  if (!loaded.offers) proSignIn(locale, PATH)
  return (
    <>
      <ProHeader locale={locale} path={PATH} />
      <main className="page pro-page">
        <BeauticianSummary locale={locale} beautician={loaded.beautician} />
        <section aria-labelledby="offers-title" className="offers">
          <div className="pro-section-head">
            <h2 id="offers-title">{t.offersTitle}</h2>
            <ProLive locale={locale} />
          </div>
          <OfferList locale={locale} offers={loaded.offers} empty={emptyText(locale, loaded.beautician.status)} />
        </section>
        <PushToggle locale={locale} />
      </main>
    </>
  )
}
