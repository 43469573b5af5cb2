import { model } from "@medusajs/framework/utils"

/**
 * A customer's review of a completed appointment (one per appointment): a
 * rating of 1–5, words and photos, the studio's reply, and moderation (hidden
 * with a reason). Only visible reviews count towards a beautician's rating.
 */
export const Review = model.define("review", {
  id: model.id({ prefix: "rev" }).primaryKey(),
  appointment_id: model.text().unique(),
  customer_id: model.text(),
  beautician_id: model.text(),
  merchant_handle: model.text(),
  variant_id: model.text(),
  rating: model.number(),
  text: model.text().nullable(),
  photos: model.json(),
  hidden: model.boolean().default(false),
  hidden_reason: model.text().nullable(),
  reply: model.text().nullable(),
  replied_at: model.dateTime().nullable(),
})
