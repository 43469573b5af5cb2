import { model } from "@medusajs/framework/utils"

/** A studio's private note about one of its customers, by a member of its staff; the studio's alone. */
export const StudioCustomerNote = model.define("studio_customer_note", {
  id: model.id({ prefix: "scnote" }).primaryKey(),
  merchant_handle: model.text(),
  customer_id: model.text(),
  author_id: model.text(),
  body: model.text(),
})
