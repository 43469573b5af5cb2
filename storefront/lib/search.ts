import type { paths } from "@doorstep/api"
import { answer, medusa, store, type JsonOf } from "./api"
import type { Locale } from "./locale"
import { metadataText } from "./commerce"

/**
 * The search page's state and its reads. Everything a customer chooses lives
 * in the URL (`?q=&type=&category=&min_price=&sort=…`) so reload, back and
 * sharing keep it; prices are in yuan there and in fen towards commerce.
 */
export type SearchAnswer = JsonOf<"/store/search", "get">
export type SearchResult = SearchAnswer["results"][number]
export type SearchKind = SearchResult["type"]
export type SearchSort = "relevance" | "rating" | "price_asc" | "price_desc" | "distance"

export const SEARCH_KINDS: readonly SearchKind[] = ["service", "beautician", "article"]
export const PAGE_SIZE = 20
/** The minimum ratings offered, as Dianping does: 4.5+, 4+, 3.5+. */
export const RATING_STEPS = [4.5, 4, 3.5] as const

export interface SearchState {
  q: string
  /** One kind of result, or all of them grouped. */
  type?: SearchKind
  category?: string
  /** Whole yuan, as typed. */
  minPrice?: number
  maxPrice?: number
  district?: string
  minRating?: number
  studio?: string
  sort: SearchSort
  offset: number
}

type Filter = "category" | "minPrice" | "maxPrice" | "district" | "minRating" | "studio"

/**
 * Which filters and sorts make sense on each tab: a category or a price is a
 * service's, a district or a rating a beautician's; commerce answers nothing
 * for both at once, so the page never offers both together.
 */
export const FILTERS_OF: Record<SearchKind | "all", readonly Filter[]> = {
  all: ["category", "studio"],
  service: ["category", "minPrice", "maxPrice", "studio"],
  beautician: ["minRating", "district", "studio"],
  article: [],
}
export const SORTS_OF: Record<SearchKind | "all", readonly SearchSort[]> = {
  all: ["relevance", "rating", "price_asc", "price_desc", "distance"],
  service: ["relevance", "price_asc", "price_desc"],
  beautician: ["relevance", "rating", "distance"],
  article: ["relevance"],
}

const PARAM_OF: Record<Filter, string> = {
  category: "category",
  minPrice: "min_price",
  maxPrice: "max_price",
  district: "district",
  minRating: "min_rating",
  studio: "studio",
}

type Params = Record<string, string | string[] | undefined>
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined
const slug = (value: string | undefined) => (value && value.length <= 64 ? value : undefined)
function number(value: string | undefined, min: number, max: number): number | undefined {
  const n = value === undefined ? NaN : Number(value)
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined
}

/**
 * The state a URL asks for, keeping only what the tab offers; what cannot be
 * understood is dropped rather than refused. `distance` only with a place.
 */
export function readSearchState(params: Params, canSortByDistance: boolean): SearchState {
  const type = SEARCH_KINDS.find((kind) => kind === one(params.type))
  const tab = type ?? "all"
  const asked: Partial<Record<Filter, string | number | undefined>> = {
    category: slug(one(params.category)),
    minPrice: number(one(params.min_price), 0, 1_000_000),
    maxPrice: number(one(params.max_price), 0, 1_000_000),
    district: slug(one(params.district)),
    minRating: number(one(params.min_rating), 0, 5),
    studio: slug(one(params.studio)),
  }
  const sort = SORTS_OF[tab].find((s) => s === one(params.sort) && (s !== "distance" || canSortByDistance)) ?? "relevance"
  const offset = Math.floor(number(one(params.offset), 0, 1000) ?? 0)
  const state: SearchState = { q: (one(params.q) ?? "").slice(0, 50), type, sort, offset }
  for (const filter of FILTERS_OF[tab]) if (asked[filter] !== undefined) Object.assign(state, { [filter]: asked[filter] })
  return state
}

/** The page's path for a state (relative to the locale), with only what differs from the defaults. */
export function searchPath(state: SearchState): string {
  const query = new URLSearchParams()
  if (state.q) query.set("q", state.q)
  if (state.type) query.set("type", state.type)
  for (const filter of Object.keys(PARAM_OF) as Filter[]) if (state[filter] !== undefined) query.set(PARAM_OF[filter], String(state[filter]))
  if (state.sort !== "relevance") query.set("sort", state.sort)
  if (state.offset > 0) query.set("offset", String(state.offset))
  const text = query.toString()
  return `/search${text ? `?${text}` : ""}`
}

/** The same search on another tab: the filters and sort that tab offers are kept, paging starts again. */
export function onTab(state: SearchState, type: SearchKind | undefined): SearchState {
  const tab = type ?? "all"
  const next: SearchState = { q: state.q, type, sort: SORTS_OF[tab].includes(state.sort) ? state.sort : "relevance", offset: 0 }
  for (const filter of FILTERS_OF[tab]) if (state[filter] !== undefined) Object.assign(next, { [filter]: state[filter] })
  return next
}

/** The search without any filter (the query, tab and sort stay). */
export const withoutFilters = (state: SearchState): SearchState => ({ q: state.q, type: state.type, sort: state.sort, offset: 0 })

/** How many filters are chosen (the filter button says so). */
export const chosenFilters = (state: SearchState) => (Object.keys(PARAM_OF) as Filter[]).filter((filter) => state[filter] !== undefined).length
export const hasFilters = (state: SearchState) => chosenFilters(state) > 0

type Facets = SearchAnswer["facets"]
export type SearchPage =
  | { ok: true; results: SearchResult[]; count: number; tabCounts: Record<SearchKind, number>; facets: Facets }
  | { ok: false; code: string }

async function ask(query: paths["/store/search"]["get"]["parameters"]["query"]) {
  return answer("/store/search", store().GET("/store/search", { params: { query } }))
}

/**
 * One page of results with what the filters show beside them, read at once:
 * the page (every filter), the chips' counts (without the chips' own filters,
 * so every category and district keeps its count), and the tabs' counts (the
 * query and the studio only). A refusal comes back by its `code`.
 */
const fen = (yuan: number | undefined) => (yuan === undefined ? undefined : Math.round(yuan * 100))

export async function searchPage(state: SearchState, locale: Locale, near?: { lat: number; lng: number }): Promise<SearchPage> {
  const common = { q: state.q, locale, studio: state.studio }
  const narrowing = { type: state.type, min_price: fen(state.minPrice), max_price: fen(state.maxPrice), min_rating: state.minRating }
  const [page, chips, tabs] = await Promise.all([
    ask({
      ...common,
      ...narrowing,
      category: state.category,
      district: state.district,
      sort: state.sort,
      near: near ? `${near.lat},${near.lng}` : undefined,
      limit: PAGE_SIZE,
      offset: state.offset,
    }),
    ask({ ...common, ...narrowing, facets: "category,district", limit: 1 }),
    ask({ q: state.q, locale, facets: "type,merchant_handle", limit: 1 }),
  ])
  for (const got of [page, chips, tabs]) if (!got.ok) return { ok: false, code: got.code }
  if (!page.ok || !chips.ok || !tabs.ok) return { ok: false, code: "UNKNOWN" }
  const types = tabs.data.facets.type ?? {}
  return {
    ok: true,
    results: page.data.results,
    count: page.data.count,
    tabCounts: { service: types.service ?? 0, beautician: types.beautician ?? 0, article: types.article ?? 0 },
    facets: { ...chips.data.facets, merchant_handle: tabs.data.facets.merchant_handle ?? {} },
  }
}

/** Category handles → their names in the locale (Medusa keeps the English one in metadata). */
export async function categoryNames(locale: Locale): Promise<Record<string, string>> {
  const got = await medusa<{ product_categories: Array<{ handle: string; name: string; metadata: Record<string, unknown> | null }> }>("/store/product-categories", {
    query: { fields: "handle,name,metadata", limit: "100" },
  })
  if (!got.ok) return {}
  return Object.fromEntries(got.data.product_categories.map((c) => [c.handle, (locale === "en" && metadataText(c.metadata, "name_en")) || c.name]))
}

/** How many results a state would show (the filter sheet's "show N results"); null when commerce refuses. */
export async function searchCount(state: SearchState, locale: Locale): Promise<number | null> {
  const got = await ask({
    q: state.q,
    locale,
    type: state.type,
    category: state.category,
    min_price: fen(state.minPrice),
    max_price: fen(state.maxPrice),
    district: state.district,
    min_rating: state.minRating,
    studio: state.studio,
    limit: 1,
  })
  return got.ok ? got.data.count : null
}
