import { model } from "@medusajs/framework/utils"

/** A service page a customer opened, kept only while they consent (one row per service, its last view). */
export const ServiceView = model.define("service_view", {
  id: model.id({ prefix: "view" }).primaryKey(),
  customer_id: model.text(),
  product_id: model.text(),
  viewed_at: model.dateTime(),
})
