import { z } from "zod"
import { defineOperations, timestamp } from "@doorstep/appointments/api/openapi"
import { APPLICATION_DOCUMENT_KINDS } from "../../modules/merchant/models/application-document"
import { APPLICATION_STATUSES } from "../../modules/merchant/models/beautician-application"
import { ApplicantApplicationBody, ApplicationDocumentBody } from "../pro/application/validators"

/**
 * People who apply to a studio themselves, from the portal: they sign in by
 * phone code (`POST /store/phone-codes { phone, actor_type: "beautician" }`,
 * then `POST /auth/beautician/phone-otp`), to a token without a beautician
 * until they apply; and the studio's reviewers reading their photos.
 */

const Bilingual = z.object({ "zh-CN": z.string(), en: z.string().nullable() })

const ApplicantApplication = z
  .object({
    id: z.string(),
    status: z.enum(APPLICATION_STATUSES).meta({ description: "`submitted` and `merchant_approved` are pending (the studio, then the platform, decides)" }),
    reason: z.string().nullable().meta({ description: "Why it was rejected (or the reviewer's note)" }),
    studio: z.object({ handle: z.string(), name: z.string() }),
    display_name: z.string(),
    beautician_id: z.string(),
    submitted_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: "ApplicantApplication" })

const example = {
  merchant_handle: "jingan-lumiere",
  display_name: "林晓",
  bio: "从业 5 年，擅长补水和痘肌护理。",
  id_number: "110101199003077416",
  id_document_ids: ["adoc_01JF…"],
  certificates: [{ name: "美容师职业资格证书（四级）", document_id: "adoc_01JG…" }],
  background_check_consent: true,
  district: "静安区",
  home: { lat: 31.2286, lng: 121.4544 },
  service_radius_km: 8,
  skill_product_ids: ["prod_01J…"],
}

export const operations = defineOperations({
  "GET /pro/studios": {
    summary: "The studios taking applications",
    description: "Approved studios, by name, each with the services its beauticians may perform: the platform's published services and the studio's own.",
    auth: "applicant",
    responses: {
      200: z.object({
        studios: z.array(
          z.object({
            handle: z.string(),
            name: z.string(),
            district: z.string().nullable(),
            service_districts: z.array(z.string()).nullable(),
            services: z.array(z.object({ id: z.string(), handle: z.string(), title: Bilingual, category: z.string().nullable() })),
          }),
        ),
      }),
    },
  },
  "POST /pro/application/documents": {
    summary: "Upload a photo of an ID card or a certificate for an application",
    description:
      "Multipart: `file` (JPEG, PNG, WebP or HEIC up to 10 MB, known by its bytes) and `kind`. Personal data: kept privately, never in the public media store, and answered with an id to name in `POST /pro/application`. At most twelve may wait for an application (409 `TOO_MANY_DOCUMENTS`).",
    auth: "applicant",
    body: ApplicationDocumentBody.extend({ file: z.string().meta({ format: "binary", description: "The photo" }) }),
    bodyMediaType: "multipart/form-data",
    example: { kind: "id_card", file: "(the photo's bytes)" },
    responses: {
      201: z.object({
        document: z.object({ id: z.string(), kind: z.enum(APPLICATION_DOCUMENT_KINDS), mime: z.enum(["image/jpeg", "image/png", "image/webp", "image/heic"]), size_bytes: z.number().int() }),
      }),
    },
    errors: { 400: ["FILE_REQUIRED", "FILE_TOO_LARGE", "ONE_FILE", "UNSUPPORTED_FILE", "INVALID_UPLOAD"], 409: ["TOO_MANY_DOCUMENTS"] },
  },
  "POST /pro/application": {
    summary: "Apply to a studio",
    description:
      "Becomes the studio's beautician application, checked as when a studio puts someone forward (400 `INVALID_ID_NUMBER`, `UNKNOWN_SERVICE`, `SKILL_OF_ANOTHER_STUDIO`), with the phone the sign-in proved (403 `PHONE_NOT_VERIFIED` for a sign-in without one) and the photos uploaded to `POST /pro/application/documents` (400 `UNKNOWN_DOCUMENT` for one that is not the caller's, of another kind, or taken). The studio must be approved (400 `UNKNOWN_STUDIO`). The sign-in is linked to the new, pending beautician: refresh the token (`POST /auth/token/refresh`) or sign in again to carry it. Once per person: 409 `ALREADY_APPLIED` while an application is live or they are a beautician already; after a rejection they may apply again. Nothing is kept on an error.",
    auth: "applicant",
    body: ApplicantApplicationBody,
    example,
    responses: { 201: z.object({ application: ApplicantApplication }) },
    errors: { 400: ["INVALID_ID_NUMBER", "UNKNOWN_SERVICE", "SKILL_OF_ANOTHER_STUDIO", "UNKNOWN_STUDIO", "UNKNOWN_DOCUMENT"], 403: ["PHONE_NOT_VERIFIED"], 409: ["ALREADY_APPLIED"] },
  },
  "GET /pro/application": {
    summary: "Where the caller's application stands",
    description:
      "`application` is the newest application of the beautician the sign-in is linked to (null before applying): pending while `submitted` or `merchant_approved`, then `approved` or `rejected` with the `reason`. `beautician` is that beautician (`pending` until approved, then `active`), or null.",
    auth: "applicant",
    responses: {
      200: z.object({
        beautician: z.object({ id: z.string(), status: z.enum(["pending", "active", "suspended"]) }).nullable(),
        application: ApplicantApplication.nullable(),
      }),
    },
  },
  "GET /admin/merchants/{handle}/beautician-applications/{id}/documents/{documentId}": {
    summary: "An applicant's ID or certificate photo",
    description: "For the studio's staff and the platform reviewing the application; every read is logged as a read of personal data. Never cached.",
    auth: "staff",
    responses: { 200: { mediaType: "image/*", description: "The photo, as its bytes show it to be (JPEG, PNG, WebP or HEIC)", schema: z.string().meta({ format: "binary" }) } },
    errors: { 404: ["MERCHANT_NOT_FOUND", "DOCUMENT_NOT_FOUND"] },
  },
})
