import { z } from "zod"
import { APPLICATION_DOCUMENT_KINDS } from "../../../modules/merchant/models/application-document"
import { ApplicationFields, CertificateName } from "../../admin/merchants/validators"

const documentId = z.string().min(1).max(64)

/**
 * What a person applying to a studio hands in from the portal: the studio,
 * who they are and what they do, where they work (district, a point on the
 * map, how far they travel), their ID number with photos of the card, their
 * certificates as photos, and consent to a background check. Photos are the
 * ones they uploaded to `POST /pro/application/documents`.
 */
export const ApplicantApplicationBody = z
  .object({
    ...ApplicationFields,
    merchant_handle: z.string().min(1).max(40),
    email: z.email().optional(),
    bio: z.string().trim().max(500).optional(),
    district: z.string().trim().min(1).max(40),
    id_document_ids: z.array(documentId).min(1).max(2),
    certificates: z.array(z.object({ name: CertificateName, document_id: documentId }).strict()).min(1).max(10),
  })
  .strict()
  .refine((body) => new Set([...body.id_document_ids, ...body.certificates.map((c) => c.document_id)]).size === body.id_document_ids.length + body.certificates.length, {
    message: "each photo once",
    path: ["certificates"],
  })
export type ApplicantApplicationBody = z.infer<typeof ApplicantApplicationBody>

/** The form fields beside the photo: which document it is. */
export const ApplicationDocumentBody = z.object({ kind: z.enum(APPLICATION_DOCUMENT_KINDS) }).strict()
export type ApplicationDocumentBody = z.infer<typeof ApplicationDocumentBody>
