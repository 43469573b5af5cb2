import Link from "next/link"
import { notFound } from "next/navigation"
import { Suspense } from "react"
import { ErrorState } from "@/components/error-state"
import { RatingSummary, Stars } from "@/components/rating"
import { SiteHeader } from "@/components/site-header"
import { unlessUnavailable } from "@/lib/backend"
import { localizeProduct } from "@/lib/catalog"
import { listServiceProducts } from "@/lib/commerce"
import { findBeautician, findStudio, listBeauticianReviews } from "@/lib/doorstep"
import { formatDate, isLocale, localePath, messagesFor, type Locale } from "@/lib/i18n"
import { formatCny } from "@/lib/money"

export const dynamic = "force-dynamic"

/** The profile, the studio's name and the store's services, read before anything is sent so an unknown id is a real 404. */
async function loadProfile(id: string) {
  const beautician = await findBeautician(id)
  if (!beautician) return { beautician }
  const [studio, products] = await Promise.all([beautician.merchant_handle ? findStudio(beautician.merchant_handle) : undefined, listServiceProducts()])
  return { beautician, studio, products }
}

export default async function BeauticianPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const path = `/beauticians/${id}`
  const loaded = await unlessUnavailable(loadProfile(id))
  if (loaded === null) {
    return (
      <>
        <SiteHeader locale={locale} path={path} />
        <main className="page">
          <ErrorState locale={locale} retryPath={path} />
        </main>
      </>
    )
  }
  const { beautician, studio, products = [] } = loaded
  if (!beautician) notFound()
  const productById = new Map(products.map((product) => [product.id, product]))
  const services = beautician.service_product_ids.flatMap((productId) => {
    const product = productById.get(productId)
    return product ? [{ handle: product.handle, ...localizeProduct(product, locale) }] : []
  })
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page profile-page">
        <Link href={localePath(locale)} className="back-link">
          {t.backToList}
        </Link>
        <header className="profile-head">
          <span className="avatar avatar-large" aria-hidden>
            {beautician.display_name.slice(0, 1)}
          </span>
          <div>
            <h1>{beautician.display_name}</h1>
            {studio && <p className="profile-studio">{t.studio(studio.name)}</p>}
            <RatingSummary rating={beautician.rating} count={beautician.review_count} locale={locale} />
          </div>
        </header>

        <section className="panel">
          <h2>{t.performs}</h2>
          {services.length > 0 ? (
            <ul className="option-list">
              {services.map((service) => {
                const prices = service.options.map((o) => o.price).filter((p): p is number => p !== null)
                return (
                  <li key={service.handle}>
                    <Link href={localePath(locale, `/services/${service.handle}`)} className="text-link">
                      {service.title}
                    </Link>
                    {prices.length > 0 && (
                      <span className="price-inline">
                        {formatCny(Math.min(...prices), locale)}
                        {prices.length > 1 && <small> {t.from}</small>}
                      </span>
                    )}
                  </li>
                )
              })}
            </ul>
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
            <LatestReviews id={beautician.id} locale={locale} retryPath={path} />
          </Suspense>
        </section>
      </main>
    </>
  )
}

const LATEST = 5

/** Reviews stream in after the profile; their failure leaves the rest of the page standing. */
async function LatestReviews({ id, locale, retryPath }: { id: string; locale: Locale; retryPath: string }) {
  const t = messagesFor(locale)
  const all = await unlessUnavailable(listBeauticianReviews(id))
  if (all === null) return <ErrorState locale={locale} retryPath={retryPath} />
  const reviews = all.slice(0, LATEST)
  if (reviews.length === 0) return <p className="empty">{t.reviewsEmpty}</p>
  return (
    <ul className="review-list">
      {reviews.map((review) => (
        <li key={review.id}>
          <div className="review-head">
            <Stars rating={review.rating} locale={locale} />
            <time dateTime={review.created_at}>{formatDate(review.created_at, locale)}</time>
          </div>
          {review.text && <p>{review.text}</p>}
          {review.reply && (
            <blockquote className="review-reply">
              <strong>{t.studioReply}</strong>
              <p>{review.reply}</p>
            </blockquote>
          )}
        </li>
      ))}
    </ul>
  )
}

function ReviewsLoading({ locale }: { locale: Locale }) {
  return (
    <div className="skeleton-list" role="status" aria-busy="true">
      <span className="visually-hidden">{messagesFor(locale).loading}</span>
      <span className="skeleton" />
      <span className="skeleton" />
    </div>
  )
}
