import Link from "next/link"
import { notFound } from "next/navigation"
import { Suspense } from "react"
import { RichText } from "@/components/rich-text"
import { SiteHeader } from "@/components/site-header"
import { UnavailablePage } from "@/components/unavailable-page"
import { BeauticianCard } from "@/components/beautician-card"
import { RecommendationsLoading, RecommendedServices } from "@/components/recommendations/recommended-services"
import { RecordView } from "@/components/recommendations/record-view"
import { ReviewsLoading, StreamedReviews } from "@/components/reviews/streamed-reviews"
import { unlessUnavailable } from "@/lib/backend"
import { loadCatalog, localizeProduct } from "@/lib/catalog"
import { findServiceContent, withoutCms } from "@/lib/cms"
import { findServiceProduct } from "@/lib/commerce"
import { listBeauticiansNear, listServiceReviews, PEOPLES_SQUARE } from "@/lib/doorstep"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath, type Locale } from "@/lib/locale"
import { formatCny } from "@/lib/money"
import { recommend } from "@/lib/recommendations"
import { sessionToken } from "@/lib/session"

export const dynamic = "force-dynamic"

async function loadService(locale: Locale, handle: string) {
  const [product, content] = await Promise.all([findServiceProduct(handle), withoutCms(findServiceContent(locale, handle), undefined)])
  const [beauticians, token] = await Promise.all([product ? listBeauticiansNear(PEOPLES_SQUARE, { productId: product.id, limit: 6 }) : [], sessionToken()])
  return { product, content, beauticians, token }
}

export default async function ServicePage({ params }: { params: Promise<{ locale: string; handle: string }> }) {
  const { locale, handle } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const loaded = await unlessUnavailable(loadService(locale, handle))
  const path = `/services/${handle}`
  if (loaded === null) {
    return <UnavailablePage locale={locale} path={path} />
  }
  if (!loaded.product) notFound()
  const { content, beauticians, token } = loaded
  const product = loaded.product
  const service = localizeProduct(product, locale)
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page service-page">
        {token && <RecordView productId={product.id} />}
        <Link href={localePath(locale)} className="back-link">
          {t.backToList}
        </Link>
        <h1>{content?.title ?? service.title}</h1>
        {(content?.subtitle ?? service.subtitle) && <p className="lead">{content?.subtitle ?? service.subtitle}</p>}

        <section className="panel">
          <h2>{t.options}</h2>
          <ul className="option-list">
            {service.options.map((option) => (
              <li key={option.id}>
                <span>{option.title}</span>
                {option.price !== null && <strong>{formatCny(option.price, locale)}</strong>}
              </li>
            ))}
          </ul>
          <Link href={localePath(locale, `${path}/book`)} className="button button-block book-cta">
            {t.bookNow}
          </Link>
        </section>

        {content?.description && content.description.length > 0 ? (
          <section className="prose">
            <RichText blocks={content.description} />
          </section>
        ) : (
          <p className="notice">{t.contentMissing}</p>
        )}

        <section className="panel" aria-labelledby="nearby-title">
          <h2 id="nearby-title">{t.nearbyTitle}</h2>
          {beauticians.length > 0 ? (
            <ul className="beautician-list">
              {beauticians.map((beautician) => (
                <BeauticianCard key={beautician.id} beautician={beautician} locale={locale} />
              ))}
            </ul>
          ) : (
            <p className="empty">{t.nearbyEmpty}</p>
          )}
        </section>

        <Suspense fallback={<RecommendationsLoading locale={locale} />}>
          <RecommendedServices
            load={() => Promise.all([recommend({ token, productId: product.id, place: PEOPLES_SQUARE, limit: 4 }), loadCatalog(locale).then((groups) => groups.flatMap((group) => group.services))])}
            heading={t.bookedWithTitle}
            pageProductId={product.id}
            locale={locale}
          />
        </Suspense>

        <section className="panel" aria-labelledby="reviews-title">
          <h2 id="reviews-title">{t.serviceReviewsTitle}</h2>
          <Suspense fallback={<ReviewsLoading locale={locale} />}>
            <StreamedReviews load={() => listServiceReviews(product.id)} locale={locale} retryPath={path} empty={t.serviceReviewsEmpty} />
          </Suspense>
        </section>

        {content?.steps && content.steps.length > 0 && (
          <section className="panel">
            <h2>{t.steps}</h2>
            <ol className="steps">
              {content.steps.map((step, index) => (
                <li key={index}>
                  <strong>{step.title}</strong>
                  {step.detail && <p>{step.detail}</p>}
                </li>
              ))}
            </ol>
          </section>
        )}

        {content?.aftercare && content.aftercare.length > 0 && (
          <section className="panel">
            <h2>{t.aftercare}</h2>
            <ul className="aftercare">
              {content.aftercare.map((tip, index) => (
                <li key={index}>{tip.text}</li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  )
}
