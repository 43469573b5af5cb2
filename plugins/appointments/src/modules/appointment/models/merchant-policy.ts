import { model } from "@medusajs/framework/utils"

/**
 * A studio's cancellation terms (`PolicyTerms` from booking-core), set by the
 * studio in the back office. Each appointment keeps a copy of the terms in
 * force when it was booked: a change later never applies to a booking made
 * before it.
 */
export const MerchantPolicy = model.define("merchant_policy", {
  id: model.id({ prefix: "mpol" }).primaryKey(),
  merchant_handle: model.text().unique(),
  terms: model.json(),
})
