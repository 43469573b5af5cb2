import type { MedusaContainer } from "@medusajs/framework/types"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { CONTENT_MODULE, type ContentModuleService, type IndexedEntry } from "../modules/content"
import { listAll, type CmsConnection } from "./cms-client"
import { INDEXED_TYPES, LOCALES, type CmsEntry } from "./indexed-types"
import { withAttributes } from "./search/attributes"
import { syncBeauticianProfile } from "./profiles"
import { indexedEntry, linkProfile } from "./refresh"

export interface Reconciliation {
  /** Draft profiles made for beauticians who had none. */
  profiles_created: number
  /** Profiles whose studio was brought in step, or whose link commerce had lost. */
  profiles_repaired: number
  /** Profiles of beauticians commerce does not know: left for editors, never indexed. */
  orphaned_profiles: string[]
  indexed: number
  unindexed: number
}

/**
 * Repairs drift between the apps either way, one instance at a time: every
 * beautician gets a profile naming their studio and linked to them; the index
 * becomes exactly what the cms publishes (webhooks lost while an app was down
 * are made up for). Resolves to null when another instance is at it.
 */
export async function reconcileContent(container: MedusaContainer): Promise<Reconciliation | null> {
  const content = container.resolve<ContentModuleService>(CONTENT_MODULE)
  const cms = content.cms
  if (!cms) return null
  return await content.withReconcileLock(async () => {
    const report: Reconciliation = { profiles_created: 0, profiles_repaired: 0, orphaned_profiles: [], indexed: 0, unindexed: 0 }
    await reconcileProfiles(container, cms, report)
    for (const [model, type] of Object.entries(INDEXED_TYPES)) {
      for (const locale of LOCALES) {
        const published = await listAll<CmsEntry>(cms, `/api/${type.plural}?locale=${locale}&${type.populate}`)
        const found = published.map((entry) => indexedEntry(model, entry, locale)).filter((entry): entry is IndexedEntry => entry !== null)
        // Prices, ratings and districts too: a change that reached commerce without an event is repaired here.
        const entries = await withAttributes(container, model, found)
        report.unindexed += await content.replaceIndex(model, locale, entries)
        report.indexed += entries.length
      }
    }
    return report
  })
}

async function reconcileProfiles(container: MedusaContainer, cms: CmsConnection, report: Reconciliation) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const beauticians = await appointments.listBeauticians({}, { select: ["id", "merchant_handle", "cms_document_id"], take: null })
  // Drafts are every profile, published or not.
  const profiles = await listAll<{ documentId: string; beautician_id: string; merchant_handle: string | null }>(
    cms,
    "/api/beautician-profiles?status=draft&fields[0]=beautician_id&fields[1]=merchant_handle",
  )
  const byBeautician = new Map(profiles.map((profile) => [profile.beautician_id, profile]))
  for (const beautician of beauticians) {
    const profile = byBeautician.get(beautician.id)
    if (!profile || profile.merchant_handle !== beautician.merchant_handle) {
      const synced = await syncBeauticianProfile(container, cms, beautician.id)
      if (synced?.created) report.profiles_created++
      else if (synced) report.profiles_repaired++
    } else if (await linkProfile(container, beautician.id, profile.documentId)) {
      report.profiles_repaired++
    }
  }
  const known = new Set(beauticians.map((beautician) => beautician.id))
  report.orphaned_profiles = profiles.filter((profile) => !known.has(profile.beautician_id)).map((profile) => profile.documentId)
}
