import { ContainerRegistrationKeys, generateEntityId, MedusaService } from "@medusajs/framework/utils"
import type { CmsConnection } from "../../lib/cms-client"
import type { IndexRow, Locale } from "../../lib/indexed-types"
import { ContentEntry } from "./models/content-entry"
import { MediaUpload } from "./models/media-upload"

type Rows = { rows: Array<Record<string, any>> }
interface Sql {
  raw(sql: string, bindings?: unknown[]): Promise<Rows>
}
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
}

export interface IndexedEntry extends IndexRow {
  model: string
  document_id: string
  locale: Locale
  published_at: Date
}

export interface SearchHit {
  model: string
  document_id: string
  ref: string
  merchant_handle: string | null
  title: string
  data: Record<string, unknown>
  score: number
}

/** The advisory lock that lets one instance at a time reconcile with the cms. */
export const RECONCILE_LOCK = "doorstep.content.reconcile"

const ENTRY_COLUMNS = `"model", "document_id", "locale", "ref", "merchant_handle", "title", "text", "data", "published_at"`

/** Owns the index of published cms entries and who uploaded which photo, and knows how to reach the cms. */
export default class ContentModuleService extends MedusaService({ ContentEntry, MediaUpload }) {
  private readonly db: Database
  /** The cms, when one is configured. */
  readonly cms: CmsConnection | null
  readonly webhookSecret: string | null
  /** The base of media URLs the cms answers as paths. */
  readonly mediaUrl: string | null

  constructor(container: Record<string, unknown>, options?: ContentOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.db = container[ContainerRegistrationKeys.PG_CONNECTION] as Database
    this.cms = options?.cmsUrl && options.cmsApiToken ? { url: options.cmsUrl, token: options.cmsApiToken } : null
    this.webhookSecret = options?.webhookSecret || null
    this.mediaUrl = options?.cmsPublicUrl || options?.cmsUrl || null
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
    await this.db.raw(
      `insert into "content_entry" ("id", ${ENTRY_COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
       on conflict ("model", "document_id", "locale") where "deleted_at" is null do update
          set "ref" = excluded."ref", "merchant_handle" = excluded."merchant_handle", "title" = excluded."title", "text" = excluded."text",
              "data" = excluded."data", "published_at" = excluded."published_at", "updated_at" = now()`,
      [generateEntityId(undefined, "cnt"), entry.model, entry.document_id, entry.locale, entry.ref, entry.merchant_handle, entry.title, entry.text, JSON.stringify(entry.data), entry.published_at],
    )
  }

  /** Forgets the entry in that locale; resolves to whether it was indexed. */
  async unindexEntry(model: string, documentId: string, locale: Locale): Promise<boolean> {
    const { rows } = await this.db.raw(`delete from "content_entry" where "model" = ? and "document_id" = ? and "locale" = ? returning "id"`, [model, documentId, locale])
    return rows.length > 0
  }

  /** Makes the index of one type and locale exactly `entries`; resolves to how many rows were dropped. */
  async replaceIndex(model: string, locale: Locale, entries: IndexedEntry[]): Promise<number> {
    for (const entry of entries) await this.indexEntry(entry)
    const { rows } = await this.db.raw(`delete from "content_entry" where "model" = ? and "locale" = ? and not ("document_id" = any(?)) returning "id"`, [
      model,
      locale,
      entries.map((entry) => entry.document_id),
    ])
    return rows.length
  }

  /** The indexed entries of a type by what they point at (beautician ids, product handles…). */
  async entriesFor(model: string, locale: Locale, refs: string[]): Promise<IndexedEntry[]> {
    if (refs.length === 0) return []
    const { rows } = await this.db.raw(`select ${ENTRY_COLUMNS} from "content_entry" where "model" = ? and "locale" = ? and "ref" = any(?) and "deleted_at" is null`, [model, locale, refs])
    return rows as IndexedEntry[]
  }

  /**
   * Entries of the types asked whose title or text contains the query (any
   * script: trigram index), best first: title matches before text matches,
   * then by trigram similarity.
   */
  async search(query: string, input: { locale: Locale; models: string[]; limit: number }): Promise<SearchHit[]> {
    const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    const { rows } = await this.db.raw(
      `select "model", "document_id", "ref", "merchant_handle", "title", "data",
              (case when "title" ilike ? then 1 else 0 end) + similarity("title" || ' ' || "text", ?) as "score"
         from "content_entry"
        where "locale" = ? and "model" = any(?) and "deleted_at" is null and ("title" || ' ' || "text") ilike ?
        order by "score" desc, "title"
        limit ?`,
      [pattern, query, input.locale, input.models, pattern, input.limit],
    )
    return rows.map((row) => ({ ...row, score: Number(row.score) })) as SearchHit[]
  }
}
