import { model } from "@medusajs/framework/utils"

/**
 * A photo someone uploaded to the cms's media library through commerce, and
 * who: so that a customer's review (or anything else that takes photo URLs)
 * can be sure the photos are the customer's own.
 */
export const MediaUpload = model
  .define("media_upload", {
    id: model.id({ prefix: "upl" }).primaryKey(),
    /** `customer` or `beautician`: the actor type that signed the upload. */
    owner_type: model.text(),
    owner_id: model.text(),
    url: model.text(),
    thumbnail_url: model.text(),
    mime: model.text(),
    size_bytes: model.number(),
  })
  .indexes([
    { on: ["url"], unique: true, where: "deleted_at is null" },
    { on: ["owner_type", "owner_id"], where: "deleted_at is null" },
  ])
