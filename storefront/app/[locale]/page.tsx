import { notFound } from "next/navigation"
import { Suspense } from "react"
import { ErrorState } from "@/components/error-state"
import { BeauticianCard } from "@/components/beautician-card"
import { RecommendationsLoading, RecommendedServices } from "@/components/recommendations/recommended-services"
import { SearchBox } from "@/components/search-box"
import { ServiceCard } from "@/components/service-card"
import { SiteHeader } from "@/components/site-header"
import { unlessUnavailable } from "@/lib/backend"
import { currentBanners, type Banner } from "@/lib/banners"
import { loadCatalog } from "@/lib/catalog"
import { withoutCms } from "@/lib/cms"
import { listBeauticiansNear, PEOPLES_SQUARE } from "@/lib/doorstep"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath } from "@/lib/locale"
import { recommend } from "@/lib/recommendations"
import { sessionToken } from "@/lib/session"

export const dynamic = "force-dynamic"

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const token = await sessionToken()
  // Started now, shown when ready: the row streams in after the rest of the page.
  const suggestions = recommend({ token, place: PEOPLES_SQUARE })
  suggestions.catch(() => undefined)
  const [catalog, nearby, banners] = await Promise.all([
    unlessUnavailable(loadCatalog(locale)),
    unlessUnavailable(listBeauticiansNear(PEOPLES_SQUARE, { limit: 6 })),
    withoutCms(currentBanners(locale), [] as Banner[]),
  ])
  return (
    <>
      <SiteHeader locale={locale} path="/" />
      <main className="page">
        <section className="hero">
          <h1>{t.tagline}</h1>
          <SearchBox locale={locale} />
        </section>
        {banners.length > 0 && (
          <section className="banners" aria-label={t.campaigns}>
            {banners.map((banner) => (
              <a key={banner.documentId} href={banner.link.startsWith("/") ? localePath(locale, banner.link) : banner.link} className="banner">
                {banner.image && <img src={banner.image.url} alt={banner.image.alternativeText ?? ""} width={banner.image.width ?? undefined} height={banner.image.height ?? undefined} loading="lazy" />}
                <strong>{banner.title}</strong>
              </a>
            ))}
          </section>
        )}
        {catalog !== null && catalog.length > 0 && (
          <Suspense fallback={<RecommendationsLoading locale={locale} />}>
            <RecommendedServices
              load={async () => [await suggestions, catalog.flatMap((group) => group.services)]}
              heading={t.forYouTitle}
              hint={(personal) => (personal ? undefined : t.forYouGuestHint)}
              locale={locale}
            />
          </Suspense>
        )}
        {catalog === null && <ErrorState locale={locale} retryPath="/" />}
        {catalog !== null && catalog.length === 0 && <p className="notice">{t.empty}</p>}
        {catalog !== null && catalog.length > 0 && (
          <nav className="category-tabs" aria-label={t.services}>
            {catalog.map((group) => (
              <a key={group.handle} href={`#${group.handle}`}>
                {group.name}
              </a>
            ))}
          </nav>
        )}
        {catalog?.map((group) => (
          <section key={group.handle} id={group.handle} className="category">
            <h2>{group.name}</h2>
            <div className="service-grid">
              {group.services.map((service) => (
                <ServiceCard key={service.handle} service={service} locale={locale} />
              ))}
            </div>
          </section>
        ))}
        {nearby && nearby.length > 0 && (
          <section className="category" aria-labelledby="nearby-home">
            <h2 id="nearby-home">{t.nearbyHome}</h2>
            <p className="form-hint">{t.nearbyHomeHint}</p>
            <ul className="beautician-list">
              {nearby.map((beautician) => (
                <BeauticianCard key={beautician.id} beautician={beautician} locale={locale} />
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  )
}
