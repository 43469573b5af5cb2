import { model } from "@medusajs/framework/utils"

export const APPLICATION_STATUSES = ["submitted", "merchant_approved", "approved", "rejected"] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

/**
 * A beautician a studio wants to put to work (B8): identity, certificates and
 * consent to a background check, approved first by the studio's manager and
 * then by the platform; only then does the beautician become active. The ID
 * number is kept as its last four characters and a keyed hash (to refuse the
 * same person twice), never whole.
 */
export const BeauticianApplication = model.define("beautician_application", {
  id: model.id({ prefix: "bapp" }).primaryKey(),
  merchant_handle: model.text(),
  /** The beautician (appointments module) made pending with the application. */
  beautician_id: model.text(),
  display_name: model.text(),
  /** What the applicant says about their work, for the studio reviewing them (their public profile is written in the cms). */
  bio: model.text().nullable(),
  id_number_last4: model.text(),
  id_number_hash: model.text(),
  /** `[{ name, url }]` from a studio's staff, or `[{ name, document_id }]`: a photo the applicant uploaded, kept privately (`application_document`). */
  certificates: model.json(),
  background_check_consent_at: model.dateTime(),
  status: model.enum([...APPLICATION_STATUSES]).default("submitted"),
  status_reason: model.text().nullable(),
})
