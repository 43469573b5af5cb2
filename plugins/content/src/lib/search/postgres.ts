import { generateEntityId } from "@medusajs/framework/utils"
import type { Locale } from "../indexed-types"
import {
  MODEL_OF,
  TYPE_OF,
  type SearchDocument,
  type SearchEngine,
  type SearchFacet,
  type SearchHit,
  type SearchRequest,
  type SearchResults,
  type SearchType,
} from "./port"
import { queryVariants } from "./synonyms"

type Rows = { rows: Array<Record<string, any>> }
/** Knex's `raw` (Medusa's PG_CONNECTION) or anything that answers the same. */
export interface Sql {
  raw(sql: string, bindings?: unknown[]): Promise<Rows>
}

/** A row of `content_entry` as written: any cms type, searchable or not (studio pages). */
export type EntryRow = Omit<SearchDocument, "type" | "attributes"> & { model: string; attributes?: SearchDocument["attributes"]; published_at: Date }

const COLUMNS = `"model", "document_id", "locale", "ref", "merchant_handle", "title", "text", "data", "attributes", "published_at"`

/** Adds or replaces entries' rows (one per type, document and locale). */
export async function upsertEntries(db: Sql, entries: EntryRow[]): Promise<void> {
  for (const entry of entries) {
    await db.raw(
      `insert into "content_entry" ("id", ${COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
       on conflict ("model", "document_id", "locale") where "deleted_at" is null do update
          set "ref" = excluded."ref", "merchant_handle" = excluded."merchant_handle", "title" = excluded."title", "text" = excluded."text",
              "data" = excluded."data", "attributes" = excluded."attributes", "published_at" = excluded."published_at", "updated_at" = now()`,
      [
        generateEntityId(undefined, "cnt"),
        entry.model,
        entry.document_id,
        entry.locale,
        entry.ref,
        entry.merchant_handle,
        entry.title,
        entry.text,
        JSON.stringify(entry.data),
        JSON.stringify(entry.attributes ?? {}),
        entry.published_at,
      ],
    )
  }
}

const SEARCHED = `("title" || ' ' || "text")`
const escapeLike = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
/** Typo tolerance for words in Latin letters (Chinese has no typos of that kind; trigrams would only add noise). */
const typoTolerant = (q: string) => /[a-z]{4,}/i.test(q)
const FACET_VALUE: Record<SearchFacet, string> = {
  type: `"model"`,
  category: `"attributes"->>'category'`,
  district: `jsonb_array_elements_text(coalesce("attributes"->'districts', '[]'::jsonb))`,
  merchant_handle: `"merchant_handle"`,
}
const DISTANCE = `6371000 * 2 * asin(sqrt(power(sin(radians(("attributes"->'geo'->>'lat')::float8 - ?) / 2), 2)
  + cos(radians(?)) * cos(radians(("attributes"->'geo'->>'lat')::float8)) * power(sin(radians(("attributes"->'geo'->>'lng')::float8 - ?) / 2), 2)))`

/**
 * PostgreSQL search over `content_entry`: a part of a title or text finds the
 * entry in any script (trigram GIN index), synonyms by query expansion,
 * English typos by `word_similarity` (`<%`), filters and facets on the
 * `attributes` column.
 */
export class PostgresSearch implements SearchEngine {
  readonly name = "postgres" as const

  constructor(private readonly db: Sql) {}

  async start(): Promise<void> {
    await this.db.raw(`select 1 from "content_entry" limit 1`)
  }

  async index(documents: SearchDocument[]): Promise<void> {
    await upsertEntries(this.db, documents.map(toRow))
  }

  async remove(type: SearchType, documentId: string, locale: Locale): Promise<void> {
    await this.db.raw(`delete from "content_entry" where "model" = ? and "document_id" = ? and "locale" = ?`, [MODEL_OF[type], documentId, locale])
  }

  async replaceAll(type: SearchType, locale: Locale, documents: SearchDocument[]): Promise<void> {
    await this.index(documents)
    await this.db.raw(`delete from "content_entry" where "model" = ? and "locale" = ? and not ("document_id" = any(?))`, [MODEL_OF[type], locale, documents.map((d) => d.document_id)])
  }

  /**
   * Exact matches (a part of a word, or of a synonym) when there are any;
   * only when there are none, English typos too: what Meilisearch's ranking
   * does (typos after exact words), and far cheaper than similarity on every query.
   */
  async search(request: SearchRequest): Promise<SearchResults> {
    const exact = await this.searchWith(request, false)
    return exact.count > 0 || !typoTolerant(request.q) ? exact : await this.searchWith(request, true)
  }

  private async searchWith(request: SearchRequest, typos: boolean): Promise<SearchResults> {
    const variants = queryVariants(request.q)
    const patterns = variants.map(escapeLike)
    const where: string[] = [`"deleted_at" is null`, `"locale" = ?`, `"model" = any(?)`]
    const bindings: unknown[] = [request.locale, request.types.map((type) => MODEL_OF[type])]
    if (typos) {
      // Close to a word of the title (trigram index on titles): "masage" finds "Massage".
      where.push(`? <% "title"`)
      bindings.push(request.q)
    } else {
      // Each variant through an index: pairs of characters when it has Chinese (pg_trgm makes no trigrams of it, and
      // its index would return every row), then the substring itself, checked by a test that index cannot take;
      // trigrams otherwise (frequent Latin pairs would fetch half the table).
      const chinese = (variant: string) => /[^\x00-\x7f]/.test(variant) && variant.replace(/\s+/g, "").length >= 2
      where.push(`(${variants.map((variant) => (chinese(variant) ? `("search_bigrams" @> content_bigrams(?) and strpos(lower(${SEARCHED}), lower(?)) > 0)` : `${SEARCHED} ilike ?`)).join(" or ")})`)
      bindings.push(...variants.flatMap((variant, i) => (chinese(variant) ? [variant, variant] : [patterns[i]])))
    }
    const f = request.filters ?? {}
    const filter = (sql: string, value: unknown) => {
      if (value === undefined) return
      where.push(sql)
      bindings.push(value)
    }
    filter(`"attributes"->>'category' = ?`, f.category)
    filter(`("attributes"->>'price_max')::int >= ?`, f.min_price)
    filter(`("attributes"->>'price_min')::int <= ?`, f.max_price)
    filter(`coalesce("attributes"->'districts', '[]'::jsonb) @> jsonb_build_array(?::text)`, f.district)
    filter(`("attributes"->>'rating')::float8 >= ?`, f.min_rating)
    filter(`"merchant_handle" = ?`, f.merchant_handle)
    const whereSql = where.join(" and ")

    const near = request.near
    const distance = near ? `(case when "attributes"->'geo' is null then null else ${DISTANCE} end)` : "null::float8"
    const distanceBindings = near ? [near.lat, near.lat, near.lng] : []
    // Title matches first, then the closest titles; the typo-tolerant part only where typos are looked for.
    const closeness = typos ? `word_similarity(?, "title")` : `similarity("title", ?)`
    const score = `(case when "title" ilike any(?) then 1 else 0 end) + ${closeness}`
    const scoreBindings = [patterns, request.q]
    const order = {
      relevance: `"score" desc, "title"`,
      rating: `("attributes"->>'rating')::float8 desc nulls last, "score" desc, "title"`,
      price_asc: `("attributes"->>'price_min')::int asc nulls last, "score" desc, "title"`,
      price_desc: `("attributes"->>'price_max')::int desc nulls last, "score" desc, "title"`,
      distance: `"distance_m" asc nulls last, "score" desc, "title"`,
    }[request.sort ?? "relevance"]

    const hitsQuery = this.db.raw(
      `select "model", "document_id", "locale", "ref", "merchant_handle", "title", "text", "data", "attributes", ${score} as "score", ${distance} as "distance_m"
         from "content_entry" where ${whereSql}
        order by ${order} limit ? offset ?`,
      [...scoreBindings, ...distanceBindings, ...bindings, request.limit, request.offset ?? 0],
    )
    // The count and every facet asked from one pass over the matches (a row per facet value, and one for the count).
    const facetsAsked = request.facets ?? []
    const statsQuery = this.db.raw(
      `with "matched" as materialized (select "model", "merchant_handle", "attributes" from "content_entry" where ${whereSql})
       select null as "facet", null as "value", count(*)::int as "count" from "matched"
       ${facetsAsked
         .map((facet) => `union all (select '${facet}', "value", count(*)::int from (select ${FACET_VALUE[facet]} as "value" from "matched") as "values" where "value" is not null group by "value" order by count(*) desc, "value" limit 100)`)
         .join("\n")}`,
      bindings,
    )
    const [{ rows }, { rows: stats }] = await Promise.all([hitsQuery, statsQuery])
    const facets: SearchResults["facets"] = Object.fromEntries(facetsAsked.map((facet) => [facet, {}]))
    for (const row of stats) {
      if (row.facet) facets[row.facet as SearchFacet]![row.facet === "type" ? (TYPE_OF[row.value] ?? row.value) : row.value] = row.count
    }
    return {
      hits: rows.map((row): SearchHit => ({
        type: TYPE_OF[row.model]!,
        document_id: row.document_id,
        locale: row.locale,
        ref: row.ref,
        merchant_handle: row.merchant_handle,
        title: row.title,
        text: row.text,
        data: row.data,
        attributes: row.attributes ?? {},
        score: Number(row.score),
        distance_m: row.distance_m === null ? null : Math.round(Number(row.distance_m)),
      })),
      count: stats.find((row) => row.facet === null)!.count,
      facets,
    }
  }
}

const toRow = (document: SearchDocument): EntryRow => ({
  model: MODEL_OF[document.type],
  document_id: document.document_id,
  locale: document.locale,
  ref: document.ref,
  merchant_handle: document.merchant_handle,
  title: document.title,
  text: document.text,
  data: document.data,
  attributes: document.attributes,
  published_at: new Date(),
})
