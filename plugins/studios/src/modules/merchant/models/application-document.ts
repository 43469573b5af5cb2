import { model } from "@medusajs/framework/utils"

export const APPLICATION_DOCUMENT_KINDS = ["id_card", "certificate"] as const
export type ApplicationDocumentKind = (typeof APPLICATION_DOCUMENT_KINDS)[number]

/**
 * A photo of an ID card or a certificate that someone applying to a studio
 * uploaded. Personal data: kept here in PostgreSQL, never in the public media
 * store, and shown only to its uploader's studio reviewers and the platform.
 * It belongs to the uploader's sign-in until an application takes it.
 */
export const ApplicationDocument = model.define("application_document", {
  id: model.id({ prefix: "adoc" }).primaryKey(),
  /** Who uploaded it: the applicant's auth identity. */
  auth_identity_id: model.text(),
  /** The application it went with; null until the applicant submits one. */
  application_id: model.text().nullable(),
  kind: model.enum([...APPLICATION_DOCUMENT_KINDS]),
  /** The type its bytes show (JPEG, PNG, WebP or HEIC). */
  mime: model.text(),
  size_bytes: model.number(),
  /** The photo, base64. */
  content: model.text(),
})
