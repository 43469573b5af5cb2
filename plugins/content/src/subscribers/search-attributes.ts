import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BEAUTICIAN_EVENTS } from "@doorstep/appointments/lib/beautician-events"
import { CONTENT_MODULE, type ContentModuleService } from "../modules/content"
import { attributesFor } from "../lib/search/attributes"

/** The event @doorstep/trust emits (RATING_CHANGED_EVENT) once a review or its moderation changed a rating; named here so this plugin does not depend on that one. */
const RATING_CHANGED_EVENT = "beautician.rating_changed"

/**
 * Keeps what search filters and sorts by in step with commerce: a service's
 * category, prices and durations when its product changes; a beautician's
 * districts, rating and home area when they are approved, and their rating
 * and review count when a review changes them. An engine that fails here
 * fails no review or product change: it is logged, and the reconciliation
 * (every five minutes) writes the same attributes again.
 */
export default async function refreshSearchAttributes({ event, container }: SubscriberArgs<{ id: string }>) {
  const content = container.resolve<ContentModuleService>(CONTENT_MODULE)
  try {
    if (event.name.startsWith("product.")) {
      const [product] = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["handle"], filters: { id: event.data.id } }).then(({ data }) => data as Array<{ handle: string }>)
      if (product) await content.updateAttributes("service-content", await attributesFor(container, "service-content", [product.handle]))
    } else {
      await content.updateAttributes("beautician-profile", await attributesFor(container, "beautician-profile", [event.data.id]))
    }
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Search: ${event.name} ${event.data.id} not indexed yet (the reconciliation will): ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated", BEAUTICIAN_EVENTS.approved, RATING_CHANGED_EVENT] }
