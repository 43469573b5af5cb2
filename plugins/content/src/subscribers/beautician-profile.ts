import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BEAUTICIAN_EVENTS } from "@doorstep/appointments/lib/beautician-events"
import { syncBeauticianProfile } from "../lib/profiles"
import { CONTENT_MODULE, type ContentModuleService } from "../modules/content"

/**
 * A beautician who applied or was approved has a draft profile in the cms,
 * naming their studio. When the cms cannot be reached the reconciliation job
 * makes it later.
 */
export default async function beauticianProfile({ event, container }: SubscriberArgs<{ id: string }>) {
  const cms = container.resolve<ContentModuleService>(CONTENT_MODULE).cms
  if (!cms) return
  try {
    await syncBeauticianProfile(container, cms, event.data.id)
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`No cms profile for ${event.data.id} yet (reconciliation will make it): ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: [BEAUTICIAN_EVENTS.created, BEAUTICIAN_EVENTS.approved] }
