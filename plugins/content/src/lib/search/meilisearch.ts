import type { Filter, MeiliSearch as MeiliSearchClient, Task } from "meilisearch" with { "resolution-mode": "import" }
import type { Locale } from "../indexed-types"
import {
  documentKey,
  type SearchDocument,
  type SearchEngine,
  type SearchFacet,
  type SearchHit,
  type SearchRequest,
  type SearchResults,
  type SearchType,
} from "./port"
import { INDEX_SETTINGS, SEARCH_INDEX } from "./settings"

// The client ships ESM types beside a CommonJS build (its last release with one): require the build, type it from the ESM declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MeiliSearch } = require("meilisearch") as { MeiliSearch: typeof MeiliSearchClient }

/** A document as Meilisearch keeps it: the attributes at the top, where filters and sorts name them. */
type MeiliDocument = Omit<SearchDocument, "attributes"> &
  Omit<SearchDocument["attributes"], "geo"> & { id: string; _geo?: { lat: number; lng: number } }

const FACET_ATTRIBUTE: Record<SearchFacet, string> = { type: "type", category: "category", district: "districts", merchant_handle: "merchant_handle" }
const LANGUAGE: Record<Locale, "cmn" | "eng"> = { "zh-CN": "cmn", en: "eng" }
/** Values in filters are quoted; a quote or backslash inside is escaped. */
const quoted = (value: string | number) => (typeof value === "number" ? String(value) : `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`)

function toMeili(document: SearchDocument): MeiliDocument {
  const { attributes, ...rest } = document
  const { geo, ...flat } = attributes
  return { id: documentKey(document), ...rest, ...flat, ...(geo ? { _geo: geo } : {}) }
}

function fromMeili(hit: MeiliDocument & { _rankingScore?: number; _geoDistance?: number }): SearchHit {
  const { id: _id, type, document_id, locale, ref, merchant_handle, title, text, data, _geo, _rankingScore, _geoDistance, ...attributes } = hit
  return {
    type,
    document_id,
    locale,
    ref,
    merchant_handle,
    title,
    text,
    data,
    attributes: { ...attributes, ...(_geo ? { geo: _geo } : {}) },
    score: _rankingScore ?? 0,
    distance_m: _geoDistance ?? null,
  }
}

/** Fails when a task Meilisearch accepted did not succeed (a bad setting, a malformed document). */
async function succeeded(task: Promise<Task>): Promise<void> {
  const done = await task
  if (done.status !== "succeeded") throw new Error(`Meilisearch task ${done.type} ${done.status}: ${done.error?.message ?? "no reason given"}`)
}

/**
 * Meilisearch behind the search port: one index for every type and locale,
 * settings from ./settings.ts, synonyms by its own rules, typo tolerance and
 * Chinese segmentation its own. Every write waits for its task, so a search
 * after a write sees it (as PostgreSQL's would).
 */
export class MeilisearchSearch implements SearchEngine {
  readonly name = "meilisearch" as const
  private readonly client: MeiliSearchClient

  constructor(
    readonly host: string,
    apiKey: string | undefined,
    private readonly uid: string = SEARCH_INDEX,
  ) {
    this.client = new MeiliSearch({ host, apiKey })
  }

  private get documents() {
    return this.client.index<MeiliDocument>(this.uid)
  }

  async start(): Promise<void> {
    await this.client.health()
    const exists = await this.documents.getRawInfo().then(
      () => true,
      (error: { cause?: { code?: string } }) => {
        if (error?.cause?.code === "index_not_found") return false
        throw error
      },
    )
    if (!exists) await succeeded(this.client.createIndex(this.uid, { primaryKey: "id" }).waitTask())
    await succeeded(this.documents.updateSettings(INDEX_SETTINGS).waitTask())
  }

  /** Deletes the whole index (the contract suite's own, after a run). */
  async drop(): Promise<void> {
    await succeeded(this.client.deleteIndex(this.uid).waitTask())
  }

  async index(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return
    await succeeded(this.documents.addDocuments(documents.map(toMeili), { primaryKey: "id" }).waitTask())
  }

  async remove(type: SearchType, documentId: string, locale: Locale): Promise<void> {
    await succeeded(this.documents.deleteDocument(documentKey({ type, document_id: documentId, locale })).waitTask())
  }

  async replaceAll(type: SearchType, locale: Locale, documents: SearchDocument[]): Promise<void> {
    await this.index(documents)
    const keep = new Set(documents.map(documentKey))
    const stale: string[] = []
    for (let offset = 0; ; offset += 1000) {
      const page = await this.documents.getDocuments({ filter: `type = ${quoted(type)} AND locale = ${quoted(locale)}`, fields: ["id"], limit: 1000, offset })
      stale.push(...page.results.map((document) => document.id).filter((id) => !keep.has(id)))
      if (page.results.length < 1000) break
    }
    if (stale.length > 0) await succeeded(this.documents.deleteDocuments(stale).waitTask())
  }

  async search(request: SearchRequest): Promise<SearchResults> {
    const f = request.filters ?? {}
    const filter: Filter = [`locale = ${quoted(request.locale)}`, `type IN [${request.types.map(quoted).join(", ")}]`]
    if (f.category !== undefined) filter.push(`category = ${quoted(f.category)}`)
    if (f.min_price !== undefined) filter.push(`price_max >= ${f.min_price}`)
    if (f.max_price !== undefined) filter.push(`price_min <= ${f.max_price}`)
    if (f.district !== undefined) filter.push(`districts = ${quoted(f.district)}`)
    if (f.min_rating !== undefined) filter.push(`rating >= ${f.min_rating}`)
    if (f.merchant_handle !== undefined) filter.push(`merchant_handle = ${quoted(f.merchant_handle)}`)
    const near = request.near
    const sort = {
      relevance: undefined,
      rating: ["rating:desc"],
      price_asc: ["price_min:asc"],
      price_desc: ["price_max:desc"],
      distance: near ? [`_geoPoint(${near.lat}, ${near.lng}):asc`] : undefined,
    }[request.sort ?? "relevance"]
    const facets = request.facets ?? []
    const response = await this.documents.search(request.q, {
      filter,
      sort,
      facets: facets.map((facet) => FACET_ATTRIBUTE[facet]),
      limit: request.limit,
      offset: request.offset ?? 0,
      showRankingScore: true,
      locales: [LANGUAGE[request.locale]],
    })
    const distribution = response.facetDistribution ?? {}
    return {
      hits: response.hits.map((hit) => fromMeili(hit as Parameters<typeof fromMeili>[0])),
      count: response.estimatedTotalHits ?? response.hits.length,
      facets: Object.fromEntries(facets.map((facet) => [facet, { ...(distribution[FACET_ATTRIBUTE[facet]] ?? {}) }])),
    }
  }
}
