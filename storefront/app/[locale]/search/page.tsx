import Link from "next/link"
import { notFound } from "next/navigation"
import { ErrorState } from "@/components/error-state"
import { SearchBox } from "@/components/search-box"
import { FilterForm } from "@/components/search/filter-form"
import { SearchFilters } from "@/components/search/search-filters"
import { SearchResults } from "@/components/search/search-results"
import { SearchTabs, SortBar } from "@/components/search/search-nav"
import { SiteHeader } from "@/components/site-header"
import { unlessUnavailable } from "@/lib/backend"
import { savedAddresses } from "@/lib/booking"
import { findStudio } from "@/lib/doorstep"
import { messagesFor } from "@/lib/i18n"
import { isLocale, localePath, type Locale } from "@/lib/locale"
import { errorText } from "@/lib/messages/errors"
import { categoryNames, chosenFilters, FILTERS_OF, hasFilters, PAGE_SIZE, readSearchState, searchPage, searchPath, withoutFilters, type SearchState } from "@/lib/search"
import { sessionToken } from "@/lib/session"
import "@/styles/search.css"

export const dynamic = "force-dynamic"

type Params = Record<string, string | string[] | undefined>

/** Where distances are measured from: the signed-in customer's default address (as booking offers it first), else nowhere. */
async function knownPlace(): Promise<{ lat: number; lng: number } | undefined> {
  const token = await sessionToken()
  const [saved] = token ? await savedAddresses(token) : []
  return saved && { lat: saved.lat, lng: saved.lng }
}

/** The page's reads, at once where they can be: the results with their counts, the categories' names, then the studios'. */
async function load(state: SearchState, locale: Locale, near: { lat: number; lng: number } | undefined) {
  const [found, categories] = await Promise.all([searchPage(state, locale, near), categoryNames(locale)])
  const handles = found.ok ? Object.keys(found.facets.merchant_handle ?? {}) : []
  const studios = await Promise.all(handles.map(async (handle) => [handle, (await findStudio(handle))?.name ?? handle] as const))
  return { found, categories, studios: Object.fromEntries(studios) }
}

export default async function SearchPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Params> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const near = await unlessUnavailable(knownPlace())
  const state = readSearchState(await searchParams, Boolean(near))
  const path = searchPath(state)
  const loaded = state.q ? await unlessUnavailable(load(state, locale, near ?? undefined)) : undefined
  const found = loaded?.found
  const offersFilters = FILTERS_OF[state.type ?? "all"].length > 0
  const chosen = chosenFilters(state)
  const clearPath = localePath(locale, searchPath(withoutFilters(state)))
  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className="page search-page">
        <h1 className="search-title">{state.q ? t.searchTitle(state.q) : t.searchLabel}</h1>
        <SearchBox locale={locale} value={state.q} />
        {!state.q && <p className="notice">{t.searchPrompt}</p>}
        {loaded === null && <ErrorState locale={locale} retryPath={path} />}
        {found && !found.ok && (
          <section className="notice notice-error" role="alert">
            <p>{errorText(locale, found.code)}</p>
            <a href={clearPath} className="button">
              {t.searchRefusedAction}
            </a>
          </section>
        )}
        {loaded && found?.ok && (
          <>
            <SearchTabs state={state} counts={found.tabCounts} locale={locale} />
            <div className={offersFilters ? "search-layout" : "search-layout search-layout-single"}>
              {offersFilters && (
                <aside className="search-side" aria-labelledby="search-sheet-title">
                  <div id="search-sheet" popover="auto" className="search-sheet">
                    <div className="search-sheet-head">
                      <h2 id="search-sheet-title">{t.searchFiltersTitle}</h2>
                      <button type="button" className="search-sheet-close" popoverTarget="search-sheet" popoverTargetAction="hide" aria-label={t.searchCloseFilters}>
                        ×
                      </button>
                    </div>
                    <FilterForm key={path} locale={locale} action={localePath(locale, "/search")} count={found.count} clearHref={clearPath} sheetId="search-sheet">
                      <input type="hidden" name="q" value={state.q} />
                      {state.type && <input type="hidden" name="type" value={state.type} />}
                      {state.sort !== "relevance" && <input type="hidden" name="sort" value={state.sort} />}
                      <SearchFilters state={state} facets={found.facets} categoryNames={loaded.categories} studioNames={loaded.studios} locale={locale} />
                    </FilterForm>
                  </div>
                </aside>
              )}
              <div className="search-main">
                <div className="search-toolbar">
                  {offersFilters && (
                    <button type="button" className="search-sheet-open" popoverTarget="search-sheet">
                      {chosen > 0 ? t.searchFiltersActive(chosen) : t.searchFilters}
                    </button>
                  )}
                  <SortBar state={state} canSortByDistance={Boolean(near)} locale={locale} />
                </div>
                <p className="search-count" aria-live="polite">
                  {found.count > 0 && found.results.length > 0 && state.offset > 0
                    ? t.searchRange(state.offset + 1, state.offset + found.results.length, found.count)
                    : t.searchCount(found.count)}
                  {state.sort === "distance" && <small> · {t.searchDistanceFrom}</small>}
                </p>
                {found.results.length === 0 ? (
                  <section className="notice search-empty">
                    <p>{hasFilters(state) ? t.searchFilteredEmpty : t.searchEmpty}</p>
                    {hasFilters(state) && (
                      <a href={clearPath} className="button">
                        {t.searchClearFilters}
                      </a>
                    )}
                  </section>
                ) : (
                  <SearchResults results={found.results} locale={locale} categoryNames={loaded.categories} />
                )}
                {(state.offset > 0 || state.offset + PAGE_SIZE < found.count) && (
                  <nav className="search-paging" aria-label={t.searchPaging}>
                    {state.offset > 0 && (
                      <Link href={localePath(locale, searchPath({ ...state, offset: Math.max(0, state.offset - PAGE_SIZE) }))} className="button button-quiet">
                        {t.searchPrevious}
                      </Link>
                    )}
                    {state.offset + PAGE_SIZE < found.count && (
                      <Link href={localePath(locale, searchPath({ ...state, offset: state.offset + PAGE_SIZE }))} className="button">
                        {t.searchMore}
                      </Link>
                    )}
                  </nav>
                )}
              </div>
            </div>
          </>
        )}
      </main>
    </>
  )
}
