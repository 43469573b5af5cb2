import { model } from "@medusajs/framework/utils"

/** A person's language for notices, and the optional kinds they turned off (transactional ones always go). */
export const NotificationPreference = model.define("notification_preference", {
  id: model.id({ prefix: "ntfp" }).primaryKey(),
  recipient_type: model.enum(["customer", "beautician"]),
  recipient_id: model.text(),
  locale: model.text().nullable(),
  muted_kinds: model.array().default([]),
})
