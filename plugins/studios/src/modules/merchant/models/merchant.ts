import { model } from "@medusajs/framework/utils"
import { MERCHANT_STATUSES } from "../../../lib/merchant-status"

/**
 * A studio on the platform. Its `handle` is what beauticians and back-office
 * users carry (`merchant_handle`). The licence fields are what the platform
 * reviews; the studio's public page lives in the cms, its commission plan in
 * the money module.
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
  /** When the studio takes bookings, as customers see it: `[{ weekday: 1–7 (Monday first), open: "09:00", close: "21:00" }]`. */
  opening_hours: model.json().nullable(),
  /** Where the studio is (its beauticians set out from their own homes). */
  lat: model.float().nullable(),
  lng: model.float().nullable(),
  /** The districts the studio serves, when it limits them. */
  service_districts: model.array().nullable(),
})
