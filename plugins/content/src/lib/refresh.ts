import type { MedusaContainer } from "@medusajs/framework/types"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { CONTENT_MODULE, type ContentModuleService, type IndexedEntry } from "../modules/content"
import { withAttributes } from "./search/attributes"
import { callCms, CmsUnavailableError, type CmsConnection } from "./cms-client"
import { INDEXED_TYPES, isIndexed, LOCALES, type CmsEntry, type Locale } from "./indexed-types"

/** What a cms webhook says changed (cms/README.md, "Webhooks"). */
export interface CmsEvent {
  event: "entry.publish" | "entry.unpublish" | "entry.delete"
  model: string
  documentId: string
  locale: string | null
}

export type Refreshed = "indexed" | "unindexed" | "not indexed"

/** An entry as the index keeps it, or null when it names nothing commerce knows. */
export function indexedEntry(model: string, entry: CmsEntry, locale: Locale): IndexedEntry | null {
  const row = INDEXED_TYPES[model].row(entry)
  return row && { ...row, model, document_id: entry.documentId, locale, published_at: new Date(entry.publishedAt ?? Date.now()) }
}

/** The published entry in that locale, or null when there is none (unpublished, deleted, never translated). */
async function publishedEntry(cms: CmsConnection, model: string, documentId: string, locale: Locale): Promise<CmsEntry | null> {
  const type = INDEXED_TYPES[model]
  const { status, body } = await callCms<{ data: CmsEntry }>(cms, "GET", `/api/${type.plural}/${encodeURIComponent(documentId)}?locale=${locale}&${type.populate}`)
  if (status === 404) return null
  // A refused token is the deployment's to mend (CMS_API_TOKEN); until then the cms's webhooks are answered "try again".
  if (status === 401 || status === 403) throw new CmsUnavailableError(`the cms refused commerce's token (CMS_API_TOKEN) for ${type.plural}/${documentId}: ${status}`)
  if (status !== 200) throw new Error(`cms GET ${type.plural}/${documentId}: ${status}`)
  return body.data
}

/**
 * Brings commerce's copy of one cms entry in step with what the cms publishes
 * now — whatever the event said, so late, repeated or reordered webhooks all
 * end in the same state. A beautician's published profile is linked to the
 * beautician (`cms_document_id`).
 */
export async function refreshFromCms(container: MedusaContainer, cms: CmsConnection, event: CmsEvent): Promise<Record<string, Refreshed>> {
  if (!isIndexed(event.model)) return {}
  const content = container.resolve<ContentModuleService>(CONTENT_MODULE)
  const locales = event.locale && (LOCALES as readonly string[]).includes(event.locale) ? [event.locale as Locale] : [...LOCALES]
  const result: Record<string, Refreshed> = {}
  for (const locale of locales) {
    const published = await publishedEntry(cms, event.model, event.documentId, locale)
    const found = published && indexedEntry(event.model, published, locale)
    const entry = found && (await withAttributes(container, event.model, [found]))[0]
    if (entry) {
      await content.indexEntry(entry)
      if (event.model === "beautician-profile") await linkProfile(container, entry.ref, entry.document_id)
      result[locale] = "indexed"
    } else {
      result[locale] = (await content.unindexEntry(event.model, event.documentId, locale)) ? "unindexed" : "not indexed"
    }
  }
  return result
}

/** Records which cms profile is the beautician's, when it is not recorded yet; resolves to whether it changed anything. */
export async function linkProfile(container: MedusaContainer, beauticianId: string, documentId: string): Promise<boolean> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const [beautician] = await appointments.listBeauticians({ id: beauticianId }, { select: ["id", "cms_document_id"] })
  if (!beautician || beautician.cms_document_id === documentId) return false
  await appointments.updateBeauticians({ id: beauticianId, cms_document_id: documentId })
  return true
}
