/**
 * The search port: what commerce asks of a search engine, whichever answers
 * (PostgreSQL `pg_trgm` by default, Meilisearch when MEILISEARCH_HOST is set).
 * Both adapters pass the same contract suite
 * (commerce/integration-tests/http/search-contract.spec.ts).
 */
import type { Locale } from "../indexed-types"

export const SEARCH_TYPES = ["service", "beautician", "article"] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

/** The cms type each searchable type is indexed from. */
export const MODEL_OF: Record<SearchType, string> = { service: "service-content", beautician: "beautician-profile", article: "article" }
export const TYPE_OF: Record<string, SearchType | undefined> = { "service-content": "service", "beautician-profile": "beautician", article: "article" }

/** What a customer can act on, by type; absent fields mean "not of this type". */
export interface SearchAttributes {
  /** Service: its category's handle (`facial`, `nails`…). */
  category?: string | null
  /** Service: cheapest and dearest variant, in fen. */
  price_min?: number | null
  price_max?: number | null
  duration_minutes?: number[]
  /** Beautician: where they serve (home district first). */
  districts?: string[]
  rating?: number | null
  review_count?: number
  certifications?: string[]
  /** Beautician: home area. */
  geo?: { lat: number; lng: number } | null
}

/** One searchable entry in one locale. */
export interface SearchDocument {
  type: SearchType
  document_id: string
  locale: Locale
  /** What commerce joins on: product handle, beautician id, article slug. */
  ref: string
  /** The studio (null for the platform's own). */
  merchant_handle: string | null
  title: string
  text: string
  /** The fields a listing shows (cover, avatar, specialties…). */
  data: Record<string, unknown>
  attributes: SearchAttributes
}

export const SEARCH_SORTS = ["relevance", "rating", "price_asc", "price_desc", "distance"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]
export const SEARCH_FACETS = ["type", "category", "district", "merchant_handle"] as const
export type SearchFacet = (typeof SEARCH_FACETS)[number]

export interface SearchFilters {
  category?: string
  /** In fen: services whose price range meets [min, max]. */
  min_price?: number
  max_price?: number
  district?: string
  min_rating?: number
  merchant_handle?: string
}

export interface SearchRequest {
  q: string
  locale: Locale
  types: readonly SearchType[]
  filters?: SearchFilters
  facets?: readonly SearchFacet[]
  sort?: SearchSort
  /** Required for `distance`. */
  near?: { lat: number; lng: number }
  limit: number
  offset?: number
}

export interface SearchHit extends SearchDocument {
  /** Comparable within one answer only; higher is better. */
  score: number
  /** Metres from `near`, when asked. */
  distance_m: number | null
}

export interface SearchResults {
  hits: SearchHit[]
  /** How many documents match in all (pages beyond this one included). */
  count: number
  /** Per facet asked, value → documents matching the whole query. */
  facets: Partial<Record<SearchFacet, Record<string, number>>>
}

/** One engine behind the port. Writes are idempotent; `search` sees every write that resolved. */
export interface SearchEngine {
  readonly name: "postgres" | "meilisearch"
  /** Checks the engine answers and applies the settings versioned in code (./settings.ts). */
  start(): Promise<void>
  index(documents: SearchDocument[]): Promise<void>
  remove(type: SearchType, documentId: string, locale: Locale): Promise<void>
  /** Makes the documents of one type and locale exactly these. */
  replaceAll(type: SearchType, locale: Locale, documents: SearchDocument[]): Promise<void>
  search(request: SearchRequest): Promise<SearchResults>
}

/** A document's id, the same in every engine (Meilisearch allows a-z A-Z 0-9 - _). */
export const documentKey = (document: Pick<SearchDocument, "type" | "locale" | "document_id">) =>
  `${document.type}_${document.locale.replace(/[^A-Za-z0-9]/g, "")}_${document.document_id.replace(/[^A-Za-z0-9_-]/g, "-")}`
