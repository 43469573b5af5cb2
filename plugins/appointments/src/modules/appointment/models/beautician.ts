import { model } from "@medusajs/framework/utils"
import { Appointment } from "./appointment"
import { DateOverride } from "./date-override"
import { TimeOff } from "./time-off"
import { WorkingHours } from "./working-hours"

/** A beautician who travels to customers; their public profile lives in the cms. */
export const Beautician = model
  .define("beautician", {
    id: model.id({ prefix: "bea" }).primaryKey(),
    handle: model.text().unique(),
    merchant_handle: model.text(),
    cms_document_id: model.text().nullable(),
    display_name: model.text(),
    email: model.text(),
    phone: model.text(),
    status: model.enum(["pending", "active", "suspended"]).default("pending"),
    /** Whether their studio may take bookings: false while the platform has not approved it, or has suspended it. */
    merchant_bookable: model.boolean().default(true),
    timezone: model.text().default("Asia/Shanghai"),
    home_lat: model.float(),
    home_lng: model.float(),
    home_district: model.text().nullable(),
    service_radius_km: model.float(),
    /** When set, the address's district must be one of these too. */
    service_districts: model.array().nullable(),
    /** Medusa product ids of the services the beautician may perform. */
    skill_product_ids: model.array(),
    rating: model.float().nullable(),
    review_count: model.number().default(0),
    years_experience: model.number().default(0),
    working_hours: model.hasMany(() => WorkingHours, { mappedBy: "beautician" }),
    date_overrides: model.hasMany(() => DateOverride, { mappedBy: "beautician" }),
    time_off: model.hasMany(() => TimeOff, { mappedBy: "beautician" }),
    appointments: model.hasMany(() => Appointment, { mappedBy: "beautician" }),
  })
  .cascades({ delete: ["working_hours", "date_overrides", "time_off"] })
