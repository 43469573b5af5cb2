import type { IndexedEntry } from "../../modules/content/service"
import { TYPE_OF, type SearchDocument } from "./port"

/** The entry as the search engine keeps it, or null for what search does not find (studio pages). */
export function asDocument(entry: IndexedEntry): SearchDocument | null {
  const type = TYPE_OF[entry.model]
  if (!type) return null
  return {
    type,
    document_id: entry.document_id,
    locale: entry.locale,
    ref: entry.ref,
    merchant_handle: entry.merchant_handle,
    title: entry.title,
    text: entry.text,
    data: entry.data,
    attributes: entry.attributes ?? {},
  }
}

export const asDocuments = (entries: IndexedEntry[]) => entries.map(asDocument).filter((document): document is SearchDocument => document !== null)
