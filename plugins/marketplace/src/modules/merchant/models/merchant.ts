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
  /** When the studio takes bookings, as customers see it: `[{ weekday: 1–7 (Monday first), open: "09:00", close: "21:00" }]`. */
  opening_hours: model.json().nullable(),
  /** Where the studio is (its beauticians set out from their own homes). */
  lat: model.float().nullable(),
  lng: model.float().nullable(),
  /** The districts the studio serves, when it limits them. */
  service_districts: model.array().nullable(),
  /** The commission plan: the platform's percent of the first tier, and the beautician's percent of the studio's part. */
  commission_percent: model.float().default(20),
  beautician_percent: model.float().default(70),
  /** The plan's name, as the platform calls it ("standard", "premium"). */
  commission_plan: model.text().default("standard"),
  /** The platform's rate by the month's gross: `[{ from_fen, rate_bp }]`, from 0, rising (booking-core's commission-tiers); null: `commission_percent` throughout. */
  commission_tiers: model.json().nullable(),
})
