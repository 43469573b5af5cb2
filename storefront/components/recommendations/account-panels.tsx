import Link from "next/link"
import { FreeTimeLinks } from "@/components/profile/free-time-links"
import { RatingSummary } from "@/components/rating"
import { unlessUnavailable } from "@/lib/backend"
import { loadCatalog, servicesById } from "@/lib/catalog"
import { formatWhen } from "@/lib/clock"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { myFavourites, myViewingHistory, type Favourite } from "@/lib/recommendations"
import { FavouriteList, type ShownFavourite } from "./favourite-list"
import { ViewingHistory, type ShownView } from "./viewing-history"
import "@/styles/recommendations.css"

/** A panel's failure, said in place: the rest of the account stands. */
function Refused({ code, locale }: { code: string; locale: Locale }) {
  return (
    <p className="form-error" role="alert">
      {errorText(locale, code)}
    </p>
  )
}

/** The customer's favourite beauticians with their next free times at the default address. */
export async function FavouritesPanel({ token, locale }: { token: string; locale: Locale }) {
  const t = messagesFor(locale)
  const loaded = await unlessUnavailable(Promise.all([myFavourites(token), loadCatalog(locale)]))
  return (
    <section className="panel" aria-labelledby="favourites-title">
      <h2 id="favourites-title">{t.favouritesTitle}</h2>
      {loaded === null ? <Refused code="UNAVAILABLE" locale={locale} /> : !loaded[0].ok ? <Refused code={loaded[0].code} locale={locale} /> : <Favourites favourites={loaded[0].data.favourites} services={servicesById(loaded[1])} locale={locale} />}
    </section>
  )
}

function Favourites({ favourites, services, locale }: { favourites: Favourite[]; services: ReturnType<typeof servicesById>; locale: Locale }) {
  const t = messagesFor(locale)
  const shown: ShownFavourite[] = favourites.map(({ beautician, next_free }) => {
    const times = next_free.flatMap((free) => {
      const service = services.get(free.product_id)
      return service ? [{ start: free.starts_at, optionId: free.variant_id, service }] : []
    })
    return {
      id: beautician.id,
      name: beautician.display_name,
      who: (
        <span className="favourite-who">
          <Link href={localePath(locale, `/beauticians/${beautician.id}`)} className="text-link">
            {beautician.display_name}
          </Link>
          <RatingSummary rating={beautician.rating} count={beautician.review_count} locale={locale} />
        </span>
      ),
      times:
        times.length > 0 ? (
          <>
            <p className="favourite-free-for">{t.favouriteFreeFor(times[0].service.title)}</p>
            <FreeTimeLinks beauticianId={beautician.id} times={times} label={t.freeTimesWith(beautician.display_name)} locale={locale} />
          </>
        ) : (
          <p className="form-hint">{t.favouritesNoFree}</p>
        ),
    }
  })
  return <FavouriteList favourites={shown} locale={locale} />
}

/** The viewing history: its consent switch, the services viewed and clearing them. */
export async function ViewingHistoryPanel({ token, locale }: { token: string; locale: Locale }) {
  const t = messagesFor(locale)
  const loaded = await unlessUnavailable(Promise.all([myViewingHistory(token), loadCatalog(locale)]))
  let body
  if (loaded === null) body = <Refused code="UNAVAILABLE" locale={locale} />
  else if (!loaded[0].ok) body = <Refused code={loaded[0].code} locale={locale} />
  else {
    const services = servicesById(loaded[1])
    const views: ShownView[] = loaded[0].data.views.map((view) => ({
      productId: view.product_id,
      handle: view.handle,
      title: services.get(view.product_id)?.title ?? view.handle,
      when: formatWhen(view.viewed_at, locale),
    }))
    body = <ViewingHistory consent={loaded[0].data.consent} views={views} locale={locale} />
  }
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">{t.historyTitle}</h2>
      {body}
    </section>
  )
}
