import Link from "next/link"
import { notFound } from "next/navigation"
import { Suspense } from "react"
import { RatingSummary } from "@/components/rating"
import { NextFreeLoading, NextFreeTimes } from "@/components/profile/next-free-times"
import { FavouriteToggle } from "@/components/recommendations/favourite-toggle"
import { ReviewsLoading, StreamedReviews } from "@/components/reviews/streamed-reviews"
import { RichText } from "@/components/rich-text"
import { SiteHeader } from "@/components/site-header"
import { UnavailablePage } from "@/components/unavailable-page"
import { unlessUnavailable } from "@/lib/backend"
import { bookingRules } from "@/lib/booking"
import { localizeProduct } from "@/lib/catalog"
import { findBeauticianContent, mediaUrl, withoutCms, type BeauticianContent } from "@/lib/cms"
import { listServiceProducts } from "@/lib/commerce"
import { districtLabel } from "@/lib/districts"
import { findBeautician, findStudio, listBeauticianReviews } from "@/lib/doorstep"
import { messagesFor } from "@/lib/i18n"
import { formatDate, isLocale, localePath, type Locale } from "@/lib/locale"
import { formatCny } from "@/lib/money"
import { timesPlace } from "@/lib/next-free"
import { myFavourites } from "@/lib/recommendations"
import { sessionToken } from "@/lib/session"

export const dynamic = "force-dynamic"

/**
 * The profile, the studio's name, the store's services, what the studio
 * published about the beautician in the cms (nothing while the cms cannot
 * answer), the booking rules, the place free times are for and whether the
 * customer keeps them as a favourite, read before anything is sent so an
 * unknown id is a real 404.
 */
async function loadProfile(id: string, locale: Locale) {
  const beautician = await findBeautician(id)
  if (!beautician) return { beautician }
  const token = await sessionToken()
  const [studio, products, content, rules, place, favourite] = await Promise.all([
    beautician.merchant_handle ? findStudio(beautician.merchant_handle) : undefined,
    listServiceProducts(),
    withoutCms(findBeauticianContent(locale, beautician.id), undefined),
    bookingRules(),
    timesPlace(token),
    token ? isFavourite(token, beautician.id) : false,
  ])
  return { beautician, studio, products, content, rules, place, favourite, signedIn: token !== undefined }
}

export default async function BeauticianPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const path = `/beauticians/${id}`
  const loaded = await unlessUnavailable(loadProfile(id, locale))
  if (loaded === null) {
    return <UnavailablePage locale={locale} path={path} />
  }
  if (!loaded.beautician) notFound()
  const { beautician, studio, products, content, rules, place, favourite, signedIn } = loaded
  const name = content?.display_name ?? beautician.display_name
  const productById = new Map(products.map((product) => [product.id, product]))
  const services = beautician.service_product_ids.flatMap((productId) => {
    const product = productById.get(productId)
    if (!product) return []
    const localized = localizeProduct(product, locale)
    // The option the booking page chooses first: the shortest.
    const first = localized.options.find((o) => o.durationMinutes !== null)
    return first ? [{ handle: product.handle, optionId: first.id, ...localized }] : []
  })
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page profile-page">
        <Link href={localePath(locale)} className="back-link">
          {t.backToList}
        </Link>
        <header className="profile-head">
          <Portrait content={content} name={name} locale={locale} />
          <div>
            <h1>{name}</h1>
            {studio && <p className="profile-studio">{t.studio(studio.name)}</p>}
            <RatingSummary rating={beautician.rating} count={beautician.review_count} locale={locale} />
            <FavouriteToggle beauticianId={beautician.id} name={name} favourite={favourite} signedIn={signedIn} path={path} locale={locale} />
          </div>
        </header>

        <section className="panel" aria-labelledby="about-title">
          <h2 id="about-title">{t.aboutTitle}</h2>
          <About content={content} locale={locale} />
        </section>

        <section className="panel" aria-labelledby="performs-title">
          <h2 id="performs-title">{t.performs}</h2>
          {services.length > 0 ? (
            <>
              <p className="form-hint">{place.kind === "saved" ? t.timesForSaved(`${districtLabel(place.district, locale)} · ${place.line1}`) : t.timesForCentre}</p>
              <ul className="service-rows">
                {services.map((service) => {
                  const prices = service.options.map((o) => o.price).filter((p): p is number => p !== null)
                  return (
                    <li key={service.handle}>
                      <div className="service-row-head">
                        <Link href={localePath(locale, `/services/${service.handle}`)} className="text-link">
                          {service.title}
                        </Link>
                        {prices.length > 0 && (
                          <span className="price-inline">
                            {formatCny(Math.min(...prices), locale)}
                            {prices.length > 1 && <small> {t.from}</small>}
                          </span>
                        )}
                        <Link href={localePath(locale, `/services/${service.handle}/book?beautician=${beautician.id}`)} className="book-with">
                          {t.bookNow}
                          <span className="visually-hidden">
                            {" "}
                            · {name} · {service.title}
                          </span>
                        </Link>
                      </div>
                      <Suspense fallback={<NextFreeLoading locale={locale} />}>
                        <NextFreeTimes beauticianId={beautician.id} service={service} place={place} rules={rules} locale={locale} />
                      </Suspense>
                    </li>
                  )
                })}
              </ul>
            </>
          ) : (
            <p className="empty">{t.performsEmpty}</p>
          )}
        </section>

        <section className="panel">
          <h2>{t.certifications}</h2>
          {beautician.certifications.length > 0 ? (
            <ul className="option-list certification-list">
              {beautician.certifications.map((certification) => {
                const product = productById.get(certification.product_id)
                return (
                  <li key={`${certification.product_id}-${certification.passed_at}`}>
                    <strong>{product ? localizeProduct(product, locale).title : certification.skill}</strong>
                    <small>{t.certified(formatDate(certification.passed_at, locale), formatDate(certification.expires_at, locale))}</small>
                  </li>
                )
              })}
            </ul>
          ) : (
            <p className="empty">{t.certificationsEmpty}</p>
          )}
        </section>

        <section className="panel" aria-labelledby="reviews-title">
          <h2 id="reviews-title">{t.latestReviews}</h2>
          <Suspense fallback={<ReviewsLoading locale={locale} />}>
            <StreamedReviews load={async () => (await listBeauticianReviews(beautician.id)).slice(0, LATEST)} locale={locale} retryPath={path} empty={t.reviewsEmpty} />
          </Suspense>
        </section>
      </main>
    </>
  )
}

/** Whether the signed-in customer keeps this beautician among their favourites (a lapsed session: not). */
async function isFavourite(token: string, beauticianId: string): Promise<boolean> {
  const got = await myFavourites(token)
  return got.ok && got.data.favourites.some((f) => f.beautician.id === beauticianId)
}

/** The studio's photo of the beautician, or the first character of their name until there is one. */
function Portrait({ content, name, locale }: { content: BeauticianContent | undefined; name: string; locale: Locale }) {
  const avatar = content?.avatar
  if (!avatar) {
    return (
      <span className="avatar avatar-large" aria-hidden>
        {name.slice(0, 1)}
      </span>
    )
  }
  const thumbnail = avatar.formats?.thumbnail
  return (
    // A plain img: the cms serves its own renditions, which Next's optimiser would fetch again from the server.
    <img
      className="avatar avatar-large avatar-photo"
      src={mediaUrl(thumbnail?.url ?? avatar.url)}
      srcSet={thumbnail ? `${mediaUrl(thumbnail.url)} ${thumbnail.width}w, ${mediaUrl(avatar.url)} ${avatar.width ?? 512}w` : undefined}
      sizes="96px"
      width={96}
      height={96}
      alt={messagesFor(locale).portraitAlt(name)}
    />
  )
}

/** Years of experience, specialties and the bio as the studio published them. */
function About({ content, locale }: { content: BeauticianContent | undefined; locale: Locale }) {
  const t = messagesFor(locale)
  const specialties = content?.specialties ?? []
  const bio = content?.bio ?? []
  if (!content || (bio.length === 0 && specialties.length === 0 && !content.years_experience)) return <p className="empty">{t.introductionMissing}</p>
  return (
    <>
      {content.years_experience ? <p className="profile-years">{t.yearsExperience(content.years_experience)}</p> : null}
      {bio.length > 0 && (
        <div className="profile-bio">
          <RichText blocks={bio} />
        </div>
      )}
      {specialties.length > 0 && (
        <>
          <h3 className="profile-subtitle">{t.specialtiesTitle}</h3>
          <ul className="chip-list">
            {specialties.map((specialty) => (
              <li key={specialty.name}>{specialty.name}</li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}

/** How many of the newest reviews the profile shows. */
const LATEST = 5
