import { ContainerRegistrationKeys, MedusaService } from "@medusajs/framework/utils"
import type { CmsConnection } from "../../lib/cms-client"
import type { IndexRow, Locale } from "../../lib/indexed-types"
import { SEARCH_ENGINE_REGISTRATION } from "../../lib/search/engine"
import { TYPE_OF, type SearchAttributes, type SearchEngine, type SearchRequest, type SearchResults } from "../../lib/search/port"
import { asDocument, asDocuments } from "../../lib/search/documents"
import { upsertEntries, type Sql } from "../../lib/search/postgres"
import { ContentEntry } from "./models/content-entry"
import { MediaUpload } from "./models/media-upload"

interface Database extends Sql {
  transaction<T>(work: (trx: Sql) => Promise<T>): Promise<T>
}

/** The plugin's options (medusa-config); without `cmsUrl` commerce runs without a cms and nothing is synced. */
export interface ContentOptions {
  cmsUrl?: string
  cmsApiToken?: string
  webhookSecret?: string
  /** Where browsers fetch the cms's media when it is not `cmsUrl` (CMS_PUBLIC_URL: a CDN, the public host). */
  cmsPublicUrl?: string
  /** Search on Meilisearch (else MEILISEARCH_HOST, MEILISEARCH_API_KEY; neither: PostgreSQL). */
  meilisearchHost?: string
  meilisearchApiKey?: string
}

export interface IndexedEntry extends IndexRow {
  model: string
  document_id: string
  locale: Locale
  published_at: Date
  attributes?: SearchAttributes
}

/** The advisory lock that lets one instance at a time reconcile with the cms. */
export const RECONCILE_LOCK = "doorstep.content.reconcile"

const ENTRY_COLUMNS = `"model", "document_id", "locale", "ref", "merchant_handle", "title", "text", "data", "attributes", "published_at"`

/** Owns the index of published cms entries and who uploaded which photo, and knows how to reach the cms. */
export default class ContentModuleService extends MedusaService({ ContentEntry, MediaUpload }) {
  private readonly db: Database
  /** The cms, when one is configured. */
  readonly cms: CmsConnection | null
  readonly webhookSecret: string | null
  /** The base of media URLs the cms answers as paths. */
  readonly mediaUrl: string | null
  /** Where `search` asks: chosen, checked and registered once by the module's loader (loaders/search-engine.ts). */
  readonly searchEngine: SearchEngine
  /** The engine to keep in step beside `content_entry`, when it is not PostgreSQL itself. */
  private readonly mirror: SearchEngine | null

  constructor(container: Record<string, unknown>, options?: ContentOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.db = container[ContainerRegistrationKeys.PG_CONNECTION] as Database
    this.cms = options?.cmsUrl && options.cmsApiToken ? { url: options.cmsUrl, token: options.cmsApiToken } : null
    this.webhookSecret = options?.webhookSecret || null
    this.mediaUrl = options?.cmsPublicUrl || options?.cmsUrl || null
    this.searchEngine = container[SEARCH_ENGINE_REGISTRATION] as SearchEngine
    this.mirror = this.searchEngine.name === "postgres" ? null : this.searchEngine
  }

  /** Runs `work` holding the reconciliation lock, or resolves to `null` when another instance holds it. */
  async withReconcileLock<T>(work: () => Promise<T>): Promise<T | null> {
    return await this.db.transaction(async (trx) => {
      const { rows } = await trx.raw(`select pg_try_advisory_xact_lock(hashtext(?)) as "locked"`, [RECONCILE_LOCK])
      return rows[0].locked ? await work() : null
    })
  }

  /** Adds or replaces the entry's row for its locale. */
  async indexEntry(entry: IndexedEntry): Promise<void> {
    await upsertEntries(this.db, [entry])
    const document = asDocument(entry)
    if (this.mirror && document) await this.mirror.index([document])
  }

  /** Forgets the entry in that locale; resolves to whether it was indexed. */
  async unindexEntry(model: string, documentId: string, locale: Locale): Promise<boolean> {
    const { rows } = await this.db.raw(`delete from "content_entry" where "model" = ? and "document_id" = ? and "locale" = ? returning "id"`, [model, documentId, locale])
    const type = TYPE_OF[model]
    if (this.mirror && type) await this.mirror.remove(type, documentId, locale)
    return rows.length > 0
  }

  /** Makes the index of one type and locale exactly `entries`; resolves to how many rows were dropped. */
  async replaceIndex(model: string, locale: Locale, entries: IndexedEntry[]): Promise<number> {
    await upsertEntries(this.db, entries)
    const { rows } = await this.db.raw(`delete from "content_entry" where "model" = ? and "locale" = ? and not ("document_id" = any(?)) returning "id"`, [
      model,
      locale,
      entries.map((entry) => entry.document_id),
    ])
    const type = TYPE_OF[model]
    if (this.mirror && type) await this.mirror.replaceAll(type, locale, asDocuments(entries))
    return rows.length
  }

  /** Replaces what search filters and sorts by for the entries of a type that point at these refs (a price, a rating changed). */
  async updateAttributes(model: string, attributes: Map<string, SearchAttributes>): Promise<number> {
    if (attributes.size === 0) return 0
    const { rows } = await this.db.raw(
      `update "content_entry" as "entry" set "attributes" = "changed"."attributes", "updated_at" = now()
         from jsonb_each(?::jsonb) as "changed"("ref", "attributes")
        where "entry"."model" = ? and "entry"."ref" = "changed"."ref" and "entry"."deleted_at" is null
        returning ${ENTRY_COLUMNS.split(", ").map((column) => `"entry".${column}`).join(", ")}`,
      [JSON.stringify(Object.fromEntries(attributes)), model],
    )
    if (this.mirror) await this.mirror.index(asDocuments(rows as IndexedEntry[]))
    return rows.length
  }

  /** Every indexed entry of a type and locale (for a rebuild of the search engine). */
  async allEntries(model: string, locale: Locale): Promise<IndexedEntry[]> {
    const { rows } = await this.db.raw(`select ${ENTRY_COLUMNS} from "content_entry" where "model" = ? and "locale" = ? and "deleted_at" is null`, [model, locale])
    return rows as IndexedEntry[]
  }

  /** The indexed entries of a type by what they point at (beautician ids, product handles…). */
  async entriesFor(model: string, locale: Locale, refs: string[]): Promise<IndexedEntry[]> {
    if (refs.length === 0) return []
    const { rows } = await this.db.raw(`select ${ENTRY_COLUMNS} from "content_entry" where "model" = ? and "locale" = ? and "ref" = any(?) and "deleted_at" is null`, [model, locale, refs])
    return rows as IndexedEntry[]
  }

  /** Searches the chosen engine (see lib/search/port.ts for the contract). */
  async search(request: SearchRequest): Promise<SearchResults> {
    return await this.searchEngine.search(request)
  }
}
