import { model } from "@medusajs/framework/utils"

/** A beautician a customer marked as a favourite: suggested with her free times, and weighed by dispatch. */
export const FavouriteBeautician = model.define("favourite_beautician", {
  id: model.id({ prefix: "fav" }).primaryKey(),
  customer_id: model.text(),
  beautician_id: model.text(),
})
