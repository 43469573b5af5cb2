import { model } from "@medusajs/framework/utils"

export const OFFER_STATUSES = ["pending", "accepted", "declined", "expired", "withdrawn"] as const
export type OfferStatus = (typeof OFFER_STATUSES)[number]

/**
 * A job offered to one beautician until `expires_at`. An appointment has at
 * most one live offer (pending or accepted), which the database enforces.
 */
export const Offer = model.define("offer", {
  id: model.id({ prefix: "offr" }).primaryKey(),
  appointment_id: model.text(),
  beautician_id: model.text(),
  status: model.enum([...OFFER_STATUSES]).default("pending"),
  /** 1 for the first offer of the appointment, 2 for the next candidate, ... */
  attempt: model.number(),
  expires_at: model.dateTime(),
  responded_at: model.dateTime().nullable(),
  decline_reason: model.text().nullable(),
})
