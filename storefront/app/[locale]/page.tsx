import { notFound } from "next/navigation"
import { ErrorState } from "@/components/error-state"
import { ServiceCard } from "@/components/service-card"
import { SiteHeader } from "@/components/site-header"
import { unlessUnavailable } from "@/lib/backend"
import { loadCatalog } from "@/lib/catalog"
import { isLocale, messagesFor } from "@/lib/i18n"

export const dynamic = "force-dynamic"

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const catalog = await unlessUnavailable(loadCatalog(locale))
  return (
    <>
      <SiteHeader locale={locale} path="/" />
      <main className="page">
        <section className="hero">
          <h1>{t.tagline}</h1>
        </section>
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
      </main>
    </>
  )
}
