import type { MedusaContainer } from "@medusajs/framework/types"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { callCms, CmsUnavailableError, type CmsConnection } from "./cms-client"
import { linkProfile } from "./refresh"

export interface SyncedProfile {
  documentId: string
  created: boolean
}

/**
 * Makes sure the beautician has a profile in the cms — a draft in zh-CN with
 * their name, for their studio to write and publish — and that it names their
 * studio; content already written is left alone (the cms's sync route is
 * idempotent). Resolves to null when commerce has no such beautician.
 */
export async function syncBeauticianProfile(container: MedusaContainer, cms: CmsConnection, beauticianId: string): Promise<SyncedProfile | null> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const [beautician] = await appointments.listBeauticians({ id: beauticianId }, { select: ["id", "display_name", "merchant_handle"] })
  if (!beautician) return null
  const { status, body } = await callCms<{ data: { documentId: string }; meta: { created: boolean } }>(cms, "PUT", `/api/beautician-profiles/sync/${encodeURIComponent(beautician.id)}`, {
    data: { display_name: beautician.display_name.slice(0, 60), merchant_handle: beautician.merchant_handle },
  })
  if (status !== 200) throw new CmsUnavailableError(`cms refused the profile of ${beautician.id}: ${status} ${JSON.stringify(body)}`)
  await linkProfile(container, beautician.id, body.data.documentId)
  return { documentId: body.data.documentId, created: body.meta.created }
}
