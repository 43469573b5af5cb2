import type { SubscriberConfig } from "@medusajs/framework"
import { forgetBookableVariants } from "../lib/services"

/** A service or its variants changed: availability stops answering from what it remembered of them. */
export default async function forgetChangedServices() {
  forgetBookableVariants()
}

export const config: SubscriberConfig = {
  event: ["product.updated", "product.deleted", "product-variant.updated", "product-variant.deleted"],
}
