import type { ExecArgs } from "@medusajs/framework/types"
import { LOCALES } from "../lib/indexed-types"
import { withAttributes } from "../lib/search/attributes"
import { MODEL_OF, SEARCH_TYPES } from "../lib/search/port"
import { CONTENT_MODULE, type ContentModuleService } from "../modules/content"

/**
 * `npm run search:reindex` — rebuilds the engine commerce searches with
 * (Meilisearch when MEILISEARCH_HOST is set, PostgreSQL otherwise) from
 * commerce's copy of what the cms publishes, with what customers filter by
 * read again from commerce (prices, ratings, districts). A line per type and
 * language as it goes, then a summary. What the cms publishes is the
 * reconciliation's to fetch (`POST /admin/content/reconcile`).
 */
export default async function reindexSearch({ container }: ExecArgs) {
  const content = container.resolve<ContentModuleService>(CONTENT_MODULE)
  const started = Date.now()
  const steps = SEARCH_TYPES.flatMap((type) => LOCALES.map((locale) => ({ type, locale })))
  let documents = 0
  for (const [at, { type, locale }] of steps.entries()) {
    const stepStarted = Date.now()
    const entries = await withAttributes(container, MODEL_OF[type], await content.allEntries(MODEL_OF[type], locale))
    await content.replaceIndex(MODEL_OF[type], locale, entries)
    documents += entries.length
    const bar = "#".repeat(at + 1).padEnd(steps.length, ".")
    process.stdout.write(`[${bar}] ${at + 1}/${steps.length} ${type} ${locale}: ${entries.length.toLocaleString()} documents (${((Date.now() - stepStarted) / 1000).toFixed(1)}s)\n`)
  }
  process.stdout.write(`Reindexed ${documents.toLocaleString()} documents on ${content.searchEngine.name} in ${((Date.now() - started) / 1000).toFixed(1)}s.\n`)
}
