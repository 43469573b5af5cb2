import { model } from "@medusajs/framework/utils"

/** One tag a studio gave one of its customers ("VIP", "敏感肌"); the studio's alone, never shown to the customer or another studio. */
export const StudioCustomerTag = model.define("studio_customer_tag", {
  id: model.id({ prefix: "sctag" }).primaryKey(),
  merchant_handle: model.text(),
  customer_id: model.text(),
  tag: model.text(),
})
