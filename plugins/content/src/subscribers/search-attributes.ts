import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BEAUTICIAN_EVENTS } from "@doorstep/appointments/lib/beautician-events"
import { CONTENT_MODULE, type ContentModuleService } from "../modules/content"
import { attributesFor } from "../lib/search/attributes"

/**
 * Keeps what search filters by in step with commerce: a service's category,
 * prices and durations when its product changes; a beautician's districts,
 * rating and home area when they are approved. (Anything else that drifts is
 * repaired by the reconciliation every five minutes.)
 */
export default async function refreshSearchAttributes({ event, container }: SubscriberArgs<{ id: string }>) {
  const content = container.resolve<ContentModuleService>(CONTENT_MODULE)
  if (event.name.startsWith("product.")) {
    const [product] = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["handle"], filters: { id: event.data.id } }).then(({ data }) => data as Array<{ handle: string }>)
    if (product) await content.updateAttributes("service-content", await attributesFor(container, "service-content", [product.handle]))
  } else {
    await content.updateAttributes("beautician-profile", await attributesFor(container, "beautician-profile", [event.data.id]))
  }
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated", BEAUTICIAN_EVENTS.approved] }
