import Link from "next/link"
import { notFound } from "next/navigation"
import { RatingSummary } from "@/components/rating"
import { ErrorState } from "@/components/error-state"
import { SearchBox } from "@/components/search-box"
import { SiteHeader } from "@/components/site-header"
import { unlessUnavailable } from "@/lib/backend"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath } from "@/lib/locale"
import { search, type SearchResult } from "@/lib/search"

export const dynamic = "force-dynamic"

type Of<T extends SearchResult["type"]> = Extract<SearchResult, { type: T }>

export default async function SearchPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const q = ((await searchParams).q ?? "").trim().slice(0, 100)
  const results = q ? await unlessUnavailable(search(q, locale)) : []
  const path = `/search${q ? `?q=${encodeURIComponent(q)}` : ""}`
  const services = (results ?? []).filter((r): r is Of<"service"> => r.type === "service")
  const beauticians = (results ?? []).filter((r): r is Of<"beautician"> => r.type === "beautician")
  const articles = (results ?? []).filter((r): r is Of<"article"> => r.type === "article")
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page">
        <h1 className="search-title">{q ? t.searchTitle(q) : t.searchLabel}</h1>
        <SearchBox locale={locale} value={q} />
        {results === null && <ErrorState locale={locale} retryPath={path} />}
        {!q && <p className="notice">{t.searchPrompt}</p>}
        {q && results !== null && results.length === 0 && <p className="notice">{t.searchEmpty}</p>}
        {services.length > 0 && (
          <section className="panel" aria-labelledby="found-services">
            <h2 id="found-services">{t.resultServices}</h2>
            <ul className="result-list">
              {services.map((r) => (
                <li key={r.product_id}>
                  <Link href={localePath(locale, `/services/${r.handle}`)}>
                    <strong>{r.title}</strong>
                    {r.subtitle && <small>{r.subtitle}</small>}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {beauticians.length > 0 && (
          <section className="panel" aria-labelledby="found-beauticians">
            <h2 id="found-beauticians">{t.resultBeauticians}</h2>
            <ul className="result-list">
              {beauticians.map((r) => (
                <li key={r.beautician_id}>
                  <Link href={localePath(locale, `/beauticians/${r.beautician_id}`)}>
                    <strong>{r.title}</strong>
                    {r.rating !== null && <RatingSummary rating={r.rating} count={r.review_count} locale={locale} />}
                    {r.specialties.length > 0 && <small>{r.specialties.join(" · ")}</small>}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {articles.length > 0 && (
          <section className="panel" aria-labelledby="found-articles">
            <h2 id="found-articles">{t.resultArticles}</h2>
            <ul className="result-list">
              {articles.map((r) => (
                <li key={r.slug}>
                  <strong>{r.title}</strong>
                  {r.summary && <small>{r.summary}</small>}
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  )
}
