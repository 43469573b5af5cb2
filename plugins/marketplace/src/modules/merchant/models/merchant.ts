import { model } from "@medusajs/framework/utils"
import { MERCHANT_STATUSES } from "../../../lib/merchant-status"

/**
 * A studio on the platform. Its `handle` is what beauticians and back-office
 * users carry (`merchant_handle`). The licence fields are what the platform
 * reviews; the studio's public page lives in the cms.
 */
export const Merchant = model.define("merchant", {
  id: model.id({ prefix: "mer" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text(),
  contact_phone: model.text(),
  district: model.text().nullable(),
  address: model.text().nullable(),
  status: model.enum([...MERCHANT_STATUSES]).default("draft"),
  legal_name: model.text().nullable(),
  credit_code: model.text().nullable(),
  licence_image_url: model.text().nullable(),
  submitted_at: model.dateTime().nullable(),
  /** The platform's last word: why it was rejected or suspended. */
  status_reason: model.text().nullable(),
  /** The commission plan: the platform's percent of every amount, and the beautician's percent of the studio's part. */
  commission_percent: model.float().default(20),
  beautician_percent: model.float().default(70),
})
