import { model } from "@medusajs/framework/utils"

/** A browser's Web Push subscription for someone signed in (a beautician; customers later), one row per endpoint. */
export const PushSubscription = model.define("push_subscription", {
  id: model.id({ prefix: "psub" }).primaryKey(),
  actor_type: model.text(),
  actor_id: model.text(),
  endpoint: model.text(),
  p256dh: model.text(),
  auth: model.text(),
})
