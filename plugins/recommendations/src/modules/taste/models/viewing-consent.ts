import { model } from "@medusajs/framework/utils"

/** A customer's yes to keeping their viewing history; no row, no history kept. */
export const ViewingConsent = model.define("viewing_consent", {
  id: model.id({ prefix: "vcon" }).primaryKey(),
  customer_id: model.text(),
  consented_at: model.dateTime(),
})
