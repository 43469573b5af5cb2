import Link from "next/link"
import { RatingSummary } from "@/components/rating"
import { districtLabel } from "@/lib/districts"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"
import { formatCny } from "@/lib/money"
import type { SearchKind, SearchResult } from "@/lib/search"

type Of<T extends SearchKind> = Extract<SearchResult, { type: T }>

/** "¥158" or "¥158–¥228", from fen. */
function priceRange(min: number | null, max: number | null, locale: Locale): string | null {
  if (min === null) return null
  const from = formatCny(min / 100, locale)
  return max === null || max === min ? from : `${from}–${formatCny(max / 100, locale)}`
}

function ServiceItem({ result, locale, categoryName }: { result: Of<"service">; locale: Locale; categoryName?: string }) {
  const t = messagesFor(locale)
  const price = priceRange(result.price_min, result.price_max, locale)
  const minutes = [...result.duration_minutes].sort((a, b) => a - b).join(" / ")
  return (
    <li>
      <Link href={localePath(locale, `/services/${result.handle}`)} className="search-hit">
        <span className="search-hit-body">
          <strong>{result.title}</strong>
          {result.subtitle && <small>{result.subtitle}</small>}
          <small>{[categoryName, minutes && t.searchDurations(minutes)].filter(Boolean).join(" · ")}</small>
        </span>
        {price && <span className="search-hit-price" data-price-fen={result.price_min ?? undefined}>{price}</span>}
      </Link>
    </li>
  )
}

function BeauticianItem({ result, locale }: { result: Of<"beautician">; locale: Locale }) {
  const t = messagesFor(locale)
  const districts = result.districts.slice(0, 3).map((d) => districtLabel(d, locale))
  return (
    <li>
      <Link href={localePath(locale, `/beauticians/${result.beautician_id}`)} className="search-hit">
        <span className="avatar" aria-hidden>
          {result.title.slice(0, 1)}
        </span>
        <span className="search-hit-body">
          <strong>{result.title}</strong>
          <span data-rating={result.rating ?? undefined}>
            <RatingSummary rating={result.rating} count={result.review_count} locale={locale} />
          </span>
          {result.specialties.length > 0 && <small>{result.specialties.join(" · ")}</small>}
          {districts.length > 0 && <small>{districts.join(" · ")}</small>}
        </span>
        {result.distance_m !== null && <span className="search-hit-distance">{t.searchMetres(result.distance_m)}</span>}
      </Link>
    </li>
  )
}

function ArticleItem({ result }: { result: Of<"article"> }) {
  return (
    <li className="search-hit">
      <span className="search-hit-body">
        <strong>{result.title}</strong>
        {result.summary && <small>{result.summary}</small>}
      </span>
    </li>
  )
}

const HEADING: Record<SearchKind, "resultServices" | "resultBeauticians" | "resultArticles"> = {
  service: "resultServices",
  beautician: "resultBeauticians",
  article: "resultArticles",
}

/** The results of one page, a section per kind (as many kinds as the page has), in the order commerce gave. */
export function SearchResults({ results, locale, categoryNames }: { results: SearchResult[]; locale: Locale; categoryNames: Record<string, string> }) {
  const t = messagesFor(locale)
  const of = <T extends SearchKind>(type: T) => results.filter((r): r is Of<T> => r.type === type)
  const sections = { service: of("service"), beautician: of("beautician"), article: of("article") }
  return (
    <>
      {(Object.keys(sections) as SearchKind[])
        .filter((kind) => sections[kind].length > 0)
        .map((kind) => (
          <section key={kind} className="panel search-section" aria-labelledby={`found-${kind}`}>
            <h2 id={`found-${kind}`}>{t[HEADING[kind]]}</h2>
            <ul className="search-hits">
              {kind === "service" &&
                sections.service.map((r) => <ServiceItem key={r.product_id} result={r} locale={locale} categoryName={r.category ? categoryNames[r.category] : undefined} />)}
              {kind === "beautician" && sections.beautician.map((r) => <BeauticianItem key={r.beautician_id} result={r} locale={locale} />)}
              {kind === "article" && sections.article.map((r) => <ArticleItem key={r.slug} result={r} />)}
            </ul>
          </section>
        ))}
    </>
  )
}
