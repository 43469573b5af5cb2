import Link from "next/link"
import { messagesFor } from "@/lib/i18n"
import { localePath, type Locale } from "@/lib/locale"
import { onTab, searchPath, SEARCH_KINDS, SORTS_OF, type SearchKind, type SearchState } from "@/lib/search"

const TAB_NAME: Record<SearchKind, "resultServices" | "resultBeauticians" | "resultArticles"> = {
  service: "resultServices",
  beautician: "resultBeauticians",
  article: "resultArticles",
}

/** All results, or one kind: links (the URL keeps the tab), each with how many match the words. */
export function SearchTabs({ state, counts, locale }: { state: SearchState; counts: Record<SearchKind, number>; locale: Locale }) {
  const t = messagesFor(locale)
  const total = SEARCH_KINDS.reduce((sum, kind) => sum + counts[kind], 0)
  const tabs: Array<{ type: SearchKind | undefined; name: string; n: number }> = [
    { type: undefined, name: t.searchTabAll, n: total },
    ...SEARCH_KINDS.map((kind) => ({ type: kind, name: t[TAB_NAME[kind]], n: counts[kind] })),
  ]
  return (
    <nav className="search-tabs" aria-label={t.searchTabs}>
      {tabs.map((tab) => (
        <Link key={tab.type ?? "all"} href={localePath(locale, searchPath(onTab(state, tab.type)))} aria-current={state.type === tab.type ? "page" : undefined}>
          {tab.name} <span className="search-tab-count">{tab.n}</span>
        </Link>
      ))}
    </nav>
  )
}

/** The orders the tab offers, as links; "nearest" only where the page knows the customer's place. */
export function SortBar({ state, canSortByDistance, locale }: { state: SearchState; canSortByDistance: boolean; locale: Locale }) {
  const t = messagesFor(locale)
  const sorts = SORTS_OF[state.type ?? "all"].filter((sort) => sort !== "distance" || canSortByDistance)
  if (sorts.length < 2) return null
  return (
    <nav className="search-sorts" aria-label={t.searchSort}>
      {sorts.map((sort) => (
        <Link key={sort} href={localePath(locale, searchPath({ ...state, sort, offset: 0 }))} aria-current={state.sort === sort ? "true" : undefined}>
          {t.searchSortNames[sort]}
        </Link>
      ))}
    </nav>
  )
}
