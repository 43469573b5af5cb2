import { model } from "@medusajs/framework/utils"

/**
 * One published cms entry in one locale, as commerce knows it: what search
 * finds and what commerce's answers show of the cms without asking it. Kept
 * in step by the cms's webhooks and the reconciliation job; never edited here.
 */
export const ContentEntry = model
  .define("content_entry", {
    id: model.id({ prefix: "cnt" }).primaryKey(),
    /** The cms type: `beautician-profile`, `service-content`, `article`, `merchant-page`. */
    model: model.text(),
    document_id: model.text(),
    locale: model.text(),
    /** What commerce joins on: the beautician id, the product handle, the article slug or the studio handle. */
    ref: model.text(),
    merchant_handle: model.text().nullable(),
    title: model.text(),
    /** Plain text of the entry (summary, body, steps, specialties…), for search. */
    text: model.text(),
    /** The entry's fields a listing shows (avatar, specialties, cover…). */
    data: model.json(),
    /** What search filters, sorts and counts by (lib/search/port.ts `SearchAttributes`). */
    attributes: model.json().default({}),
    published_at: model.dateTime(),
  })
  .indexes([{ on: ["model", "document_id", "locale"], unique: true, where: "deleted_at is null" }])
