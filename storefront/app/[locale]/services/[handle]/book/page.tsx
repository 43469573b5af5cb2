import Link from "next/link"
import { notFound } from "next/navigation"
import { Booker } from "@/components/booking/booker"
import { SiteHeader } from "@/components/site-header"
import { UnavailablePage } from "@/components/unavailable-page"
import { unlessUnavailable } from "@/lib/backend"
import { bookingRules, savedAddresses, stripDates } from "@/lib/booking"
import { localizeProduct } from "@/lib/catalog"
import { findServiceProduct } from "@/lib/commerce"
import { findBeautician } from "@/lib/doorstep"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath, type Locale } from "@/lib/locale"
import { mapTiles } from "@/lib/map"
import { sessionToken } from "@/lib/session"
import "@/styles/booking.css"

export const dynamic = "force-dynamic"

async function loadBooking(locale: Locale, handle: string, beauticianId: string | undefined) {
  const token = await sessionToken()
  const [product, rules, saved, beautician] = await Promise.all([
    findServiceProduct(handle),
    bookingRules(),
    token ? savedAddresses(token) : Promise.resolve([]),
    beauticianId ? findBeautician(beauticianId) : Promise.resolve(undefined),
  ])
  return { product, rules, saved, beautician, signedIn: Boolean(token) }
}

export default async function BookPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<{ option?: string; beautician?: string; start?: string }>
}) {
  const { locale, handle } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const t = messagesFor(locale)
  const path = `/services/${handle}/book`
  const loaded = await unlessUnavailable(loadBooking(locale, handle, query.beautician))
  if (loaded === null) {
    return <UnavailablePage locale={locale} path={path} />
  }
  if (!loaded.product) notFound()
  const service = localizeProduct(loaded.product, locale)
  const options = service.options.filter((o) => o.durationMinutes !== null)
  if (options.length === 0) notFound()
  const initial = options.find((o) => o.id === query.option) ?? options[0]
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page book-page">
        <Link href={localePath(locale, `/services/${handle}`)} className="back-link">
          ← {service.title}
        </Link>
        <h1>{t.bookTitle(service.title)}</h1>
        <Booker
          locale={locale}
          productId={loaded.product.id}
          options={options}
          initialOptionId={initial.id}
          beautician={loaded.beautician ? { id: loaded.beautician.id, name: loaded.beautician.display_name } : null}
          initialStart={loaded.beautician && query.start && !Number.isNaN(Date.parse(query.start)) ? query.start : undefined}
          saved={loaded.saved}
          dates={stripDates(loaded.rules)}
          holdMinutes={loaded.rules.hold_minutes}
          signedIn={loaded.signedIn}
          tiles={mapTiles()}
        />
      </main>
    </>
  )
}
