import { z } from "zod"
import { defineOperations, fen, timestamp } from "@doorstep/appointments/api/openapi"
import { MERCHANT_STATUSES } from "../lib/merchant-status"
import { APPLICATION_DOCUMENT_KINDS } from "../modules/merchant/models/application-document"
import { APPLICATION_STATUSES } from "../modules/merchant/models/beautician-application"
import {
  ApplicationDecisionBody,
  BeauticianApplicationBody,
  BeauticianStatusBody,
  CommissionPlanBody,
  MerchantApplicationBody,
  MerchantDocumentsBody,
  MerchantListQuery,
  MerchantReviewBody,
  MerchantSettingsBody,
  StudioServiceBody,
  StudioServiceUpdateBody,
  SubmitBody,
} from "./admin/merchants/validators"

/**
 * Studios: a studio's application and the platform's review, its settings,
 * its own services, its beauticians' applications and status, and how its
 * beauticians have done.
 */


/** When a studio takes bookings: `[{ weekday: 1–7 (Monday first), open, close }]`. */
const OpeningHours = z
  .array(z.object({ weekday: z.number().int().min(1).max(7), open: z.string().meta({ example: "09:00" }), close: z.string().meta({ example: "21:00" }) }))
  .meta({ description: "When the studio takes bookings, Monday = 1" })

/** A studio on the platform, as the back office sees it (the stored record, less `deleted_at`). */
export const Merchant = z
  .looseObject({
    id: z.string(),
    handle: z.string().meta({ example: "jingan-lumiere" }),
    name: z.string(),
    contact_phone: z.string(),
    district: z.string().nullable(),
    address: z.string().nullable(),
    status: z.enum(MERCHANT_STATUSES),
    legal_name: z.string().nullable(),
    credit_code: z.string().nullable().meta({ description: "The unified social credit code" }),
    licence_image_url: z.string().nullable(),
    submitted_at: timestamp.nullable(),
    status_reason: z.string().nullable().meta({ description: "The platform's last word: why it was rejected or suspended" }),
    opening_hours: OpeningHours.nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    service_districts: z.array(z.string()).nullable(),
    commission_percent: z.number().meta({ description: "The platform's percent (its first tier's, with tiers); the plan is kept by the money plugin" }),
    beautician_percent: z.number(),
    commission_plan: z.string(),
    commission_tiers: z.array(z.object({ from_fen: fen, rate_bp: z.number().int() })).nullable(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: "Merchant" })

const merchantAnswer = z.object({ merchant: Merchant })

const Bilingual = z.object({ "zh-CN": z.string(), en: z.string().nullable() })

/** A studio's own service: a Medusa product with one variant per duration. */
export const StudioService = z
  .object({
    id: z.string(),
    handle: z.string(),
    status: z.string().meta({ description: "Medusa's product status: `published` is on sale (while the studio is approved), `draft` is not", example: "published" }),
    title: Bilingual,
    subtitle: Bilingual.nullable(),
    category: z.string().nullable().meta({ description: "The catalogue category's handle", example: "massage" }),
    variants: z
      .array(z.object({ id: z.string(), title: Bilingual, duration_minutes: z.number().int(), price_fen: fen.nullable() }))
      .meta({ description: "Shortest first" }),
  })
  .meta({ id: "StudioService" })

const CancellationTerms = z.object({
  free_until_hours: z.number(),
  tiers: z.array(z.object({ hours_before: z.number(), fee_percent: z.number().int() })),
  late_fee_percent: z.number().int(),
  reschedule_until_hours: z.number(),
})

const PaymentTerms = z
  .union([z.object({ mode: z.literal("full") }), z.object({ mode: z.literal("deposit"), deposit_percent: z.number().int() })])
  .meta({ description: "In full at checkout, or a deposit at checkout and the balance after the job" })

/** A studio's settings as its staff edit them (the commission plan is the platform's). */
export const StudioSettings = z
  .object({
    opening_hours: OpeningHours,
    location: z.object({ lat: z.number(), lng: z.number(), address: z.string().nullable() }).nullable(),
    service_districts: z.array(z.string()).nullable().meta({ description: "The districts the studio serves; null: no limit" }),
    cancellation_terms: CancellationTerms.meta({ description: "For bookings made from now on" }),
    payment: PaymentTerms,
    commission: z.object({ commission_percent: z.number(), beautician_percent: z.number() }),
    commission_plan: z.object({
      name: z.string().meta({ example: "standard" }),
      tiers: z.array(z.object({ from_fen: fen, rate_bp: z.number().int() })).meta({ description: "The platform's rate by the month's gross, from 0" }),
      beautician_percent: z.number(),
    }),
  })
  .meta({ id: "StudioSettings" })

const settingsAnswer = z.object({ settings: StudioSettings })

/** A beautician a studio puts forward (the ID number kept as its last four characters only). */
export const BeauticianApplication = z
  .looseObject({
    id: z.string(),
    merchant_handle: z.string(),
    beautician_id: z.string(),
    display_name: z.string(),
    bio: z.string().nullable().meta({ description: "What an applicant says about their work (null when a studio put them forward)" }),
    id_number_last4: z.string(),
    certificates: z.array(
      z.union([z.object({ name: z.string(), url: z.string() }), z.object({ name: z.string(), document_id: z.string().meta({ description: "One of `documents`: a photo the applicant uploaded" }) })]),
    ),
    background_check_consent_at: timestamp,
    status: z.enum(APPLICATION_STATUSES),
    status_reason: z.string().nullable(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: "BeauticianApplication" })

const spa = {
  title: { "zh-CN": "门店招牌精油SPA", en: "Studio signature oil spa" },
  subtitle: { "zh-CN": "静安店独家配方", en: "Our Jing'an studio's own blend" },
  category: "massage",
  status: "published",
  variants: [
    { title: { "zh-CN": "60 分钟", en: "60 min" }, duration_minutes: 60, price_fen: 36800 },
    { title: { "zh-CN": "90 分钟", en: "90 min" }, duration_minutes: 90, price_fen: 52850 },
  ],
}

export const operations = defineOperations({
  "POST /admin/merchant-applications": {
    summary: "Apply as a new studio",
    description:
      "With the token of a fresh back-office registration (`POST /auth/user/emailpass/register`), not a signed-in user's: makes the studio (`draft`) and its first user, its manager (sign in again to act as them). Documents and submission follow under `/admin/merchants/{handle}`. An account that already belongs to the back office cannot apply (409 `ALREADY_REGISTERED`, or 403 for a non-admin role); a registration other than email and password is 400 `INVALID_INPUT`.",
    auth: "staff",
    body: MerchantApplicationBody,
    example: { handle: "changning-qinghe", name: "青禾美容", contact_phone: "+8613800001111", district: "长宁区" },
    responses: { 201: merchantAnswer },
    errors: { 409: ["ALREADY_REGISTERED", "HANDLE_TAKEN"] },
  },
  "GET /admin/merchants": {
    summary: "List the studios",
    description: "The platform's list, newest applications first, at most 200; `?status=pending_review` (any merchant status) keeps one status.",
    auth: "staff",
    query: MerchantListQuery,
    responses: { 200: z.object({ merchants: z.array(Merchant) }) },
  },
  "GET /admin/merchants/{handle}": {
    summary: "A studio, with its review decisions",
    description: "The studio and every decision on its admission (submitted, approved, rejected, suspended, reinstated), oldest first, with who and why.",
    auth: "staff",
    responses: {
      200: z.object({
        merchant: Merchant,
        reviews: z.array(
          z.object({
            from_status: z.string(),
            to_status: z.string(),
            actor: z.string().meta({ description: "`user:<id>` of who decided", example: "user:user_01J…" }),
            reason: z.string().nullable(),
            at: timestamp,
          }),
        ),
      }),
    },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
  "GET /admin/merchants/{handle}/services": {
    summary: "The studio's own services",
    description: "Published or not, newest first.",
    auth: "staff",
    responses: { 200: z.object({ services: z.array(StudioService) }) },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
  "POST /admin/merchants/{handle}/services": {
    summary: "Add a service of the studio's own",
    description:
      "A Medusa product in a catalogue category with one variant per duration (minutes in 5-minute steps, price in fen), titles in zh-CN and en, a draft unless `published`. Customers see it while it is published and the studio approved. An unknown category is 400 `UNKNOWN_CATEGORY`; two durations of the same name 400 `DUPLICATE_VARIANT`.",
    auth: "staff",
    body: StudioServiceBody,
    example: spa,
    responses: { 201: z.object({ service: StudioService }) },
    errors: { 400: ["UNKNOWN_CATEGORY", "DUPLICATE_VARIANT"], 404: ["MERCHANT_NOT_FOUND", "SERVICE_NOT_FOUND"] },
  },
  "GET /admin/merchants/{handle}/services/{id}": {
    summary: "One of the studio's services",
    description: "The platform's catalogue and other studios' services are 404 `SERVICE_NOT_FOUND`.",
    auth: "staff",
    responses: { 200: z.object({ service: StudioService }) },
    errors: { 404: ["MERCHANT_NOT_FOUND", "SERVICE_NOT_FOUND"] },
  },
  "POST /admin/merchants/{handle}/services/{id}": {
    summary: "Edit, publish or unpublish a studio's service",
    description:
      "Its words, category, status, or a duration's minutes or price (by variant id), through Medusa's product workflows. A variant that is not the service's is 400 `UNKNOWN_VARIANT`, with nothing changed.",
    auth: "staff",
    body: StudioServiceUpdateBody,
    example: { status: "draft", variants: [{ id: "variant_01J…", price_fen: 38800 }] },
    responses: { 200: z.object({ service: StudioService }) },
    errors: { 400: ["UNKNOWN_VARIANT", "UNKNOWN_CATEGORY"], 404: ["MERCHANT_NOT_FOUND", "SERVICE_NOT_FOUND"] },
  },
  "DELETE /admin/merchants/{handle}/services/{id}": {
    summary: "Remove a service nobody has booked",
    description: "Medusa's workflow also drops its links. One with bookings is 409 `SERVICE_HAS_BOOKINGS`: unpublish it instead, so its records stay whole.",
    auth: "staff",
    responses: { 200: z.object({ id: z.string(), object: z.literal("service"), deleted: z.literal(true) }) },
    errors: { 404: ["MERCHANT_NOT_FOUND", "SERVICE_NOT_FOUND"], 409: ["SERVICE_HAS_BOOKINGS"] },
  },
  "POST /admin/merchants/{handle}/review": {
    summary: "Approve, reject, suspend or reinstate a studio",
    description:
      "The platform's decision: approve or reject (with a reason) a studio under review, suspend an approved one (with a reason), reinstate a suspended one; logged with who and why. Of two decisions at once one counts; the other, and any decision the status does not allow, is 409 `INVALID_TRANSITION`. The studio's beauticians are bookable, and its own services in the store, exactly while it is approved.",
    auth: "staff",
    body: MerchantReviewBody,
    example: { decision: "reject", reason: "营业执照照片不清晰" },
    responses: { 200: merchantAnswer },
    errors: { 404: ["MERCHANT_NOT_FOUND"], 409: ["INVALID_TRANSITION"] },
  },
  "POST /admin/merchants/{handle}/submit": {
    summary: "Hand the studio's documents to the platform's review",
    description: "From `draft`, or again after a rejection; the business licence must be on file first (409 `DOCUMENTS_MISSING`). The studio becomes `pending_review`. The body is empty.",
    auth: "staff",
    body: SubmitBody,
    example: {},
    responses: { 200: merchantAnswer },
    errors: { 404: ["MERCHANT_NOT_FOUND"], 409: ["DOCUMENTS_MISSING", "INVALID_TRANSITION"] },
  },
  "POST /admin/merchants/{handle}/documents": {
    summary: "Hand in the studio's business licence",
    description:
      "Legal name, unified social credit code (its check character is verified: 400 `INVALID_CREDIT_CODE`) and the licence's image; replaces what was there. Only while the studio is a draft or rejected (409 `INVALID_TRANSITION` under review or after approval).",
    auth: "staff",
    body: MerchantDocumentsBody,
    example: { legal_name: "上海青禾美容服务有限公司", credit_code: "91310000MA1FL6N012", licence_image_url: "https://files.example.cn/licences/qinghe.jpg" },
    responses: { 200: merchantAnswer },
    errors: { 400: ["INVALID_CREDIT_CODE"], 404: ["MERCHANT_NOT_FOUND"], 409: ["INVALID_TRANSITION"] },
  },
  "GET /admin/merchants/{handle}/settings": {
    summary: "The studio's settings",
    description: "Opening hours, location, service districts, cancellation and payment terms for new bookings, and the commission plan.",
    auth: "staff",
    responses: { 200: settingsAnswer },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
  "POST /admin/merchants/{handle}/settings": {
    summary: "Change the studio's settings",
    description:
      "The studio's manager changes any of them; what is not sent stays. New cancellation and payment terms apply to bookings made from now on, each booking keeping the terms it was made under. Terms where cancelling later would cost less are 400 `INVALID_POLICY`; a deposit is a whole 10–90 % of the price, and full payment takes none (400 `INVALID_DEPOSIT_PERCENT`). Nothing changes on an error. The commission plan is the platform's (`POST /admin/merchants/{handle}/commission`).",
    auth: "staff",
    body: MerchantSettingsBody,
    example: {
      opening_hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, open: "10:00", close: "20:00" })),
      location: { lat: 31.2286, lng: 121.4523, address: "上海市静安区南京西路1266号" },
      service_districts: ["静安区", "黄浦区"],
      cancellation_terms: { free_until_hours: 24, tiers: [{ hours_before: 2, fee_percent: 50 }], late_fee_percent: 100, reschedule_until_hours: 2 },
      payment: { mode: "deposit", deposit_percent: 30 },
    },
    responses: { 200: settingsAnswer },
    errors: { 400: ["INVALID_POLICY", "INVALID_DEPOSIT_PERCENT"], 404: ["MERCHANT_NOT_FOUND"] },
  },
  "POST /admin/merchants/{handle}/commission": {
    summary: "Change a studio's commission plan",
    description:
      "Platform admins only. A flat `commission_percent` or `tiers` `[{ from_fen, rate_bp }]` by the studio's gross in the calendar month (400 `INVALID_COMMISSION_TIERS` unless they start at 0, rise strictly and stay within 0–10000 bp; nothing changes then), and the beautician's percent of the studio's part. Logged with who and why. Earnings booked from now on follow it; entries already in the ledger stay as they are. Answers with the studio's settings.",
    auth: "staff",
    body: CommissionPlanBody,
    example: { plan: "growth", tiers: [{ from_fen: 0, rate_bp: 2000 }, { from_fen: 1_000_000, rate_bp: 1500 }], beautician_percent: 70, reason: "月流水阶梯计划" },
    responses: { 200: z.object({ settings: StudioSettings }) },
    errors: { 400: ["INVALID_COMMISSION_TIERS"], 404: ["MERCHANT_NOT_FOUND"] },
  },
  "POST /admin/merchants/{handle}/beauticians/{id}/status": {
    summary: "Suspend or reinstate one of the studio's beauticians",
    description:
      "Always with a reason, logged. Only an active beautician may be suspended and a suspended one reinstated (409 `INVALID_TRANSITION`). Suspended, they are offered nothing from that moment, and their future confirmed or assigned jobs go back to dispatch at once (re-offered to others, or queued for the studio): the answer lists those, and the jobs they are already on (en route, arrived, in service), which stay theirs.",
    auth: "staff",
    body: BeauticianStatusBody,
    example: { status: "suspended", reason: "多次迟到，暂停接单一周" },
    responses: {
      200: z.object({
        beautician: z.object({ id: z.string(), status: z.enum(["suspended", "active"]) }),
        redispatched_jobs: z.array(
          z.object({
            id: z.string(),
            was: z.string().meta({ description: "Its status before: `confirmed` or `assigned`" }),
            start: timestamp,
            outcome: z.enum(["offered", "queued", "closed"]),
            beautician_id: z.string().nullable().meta({ description: "Who it is offered to now" }),
          }),
        ),
        jobs_under_way: z.array(z.object({ id: z.string(), status: z.string(), start: timestamp })),
      }),
    },
    errors: { 404: ["MERCHANT_NOT_FOUND", "BEAUTICIAN_NOT_FOUND"], 409: ["INVALID_TRANSITION"] },
  },
  "GET /admin/merchants/{handle}/beautician-applications": {
    summary: "The studio's beautician applications",
    description: "Newest first, at most 200; those people handed in themselves (`POST /pro/application`) with their photos.",
    auth: "staff",
    responses: {
      200: z.object({
        applications: z.array(
          BeauticianApplication.extend({
            documents: z
              .array(z.object({ id: z.string(), kind: z.enum(APPLICATION_DOCUMENT_KINDS), mime: z.string(), size_bytes: z.number().int() }))
              .meta({ description: "The ID and certificate photos the applicant uploaded; read each at `.../{id}/documents/{documentId}`" }),
          }),
        ),
      }),
    },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
  "POST /admin/merchants/{handle}/beautician-applications": {
    summary: "Put a beautician forward",
    description:
      "Identity, certificates, consent to a background check, home and reach, skills. The beautician exists from now on but stays `pending` (never offered) until the studio's manager and then the platform approve. The ID number is checked (400 `INVALID_ID_NUMBER`) and kept as its last four characters only; one application per person at a time (409 `ALREADY_APPLIED`; a rejected person may be put forward again). Skills are the platform's services or the studio's own (400 `UNKNOWN_SERVICE`, `SKILL_OF_ANOTHER_STUDIO`). Nothing is kept on an error.",
    auth: "staff",
    body: BeauticianApplicationBody,
    example: {
      display_name: "林晓",
      email: "lin.xiao@studio.example.cn",
      phone: "+8613811112222",
      id_number: "110101199003077416",
      certificates: [{ name: "美容师职业资格证书（四级）", url: "https://files.example.cn/certs/lin-xiao.jpg" }],
      background_check_consent: true,
      home: { lat: 31.2397, lng: 121.4998 },
      service_radius_km: 8,
      skill_product_ids: ["prod_01J…"],
    },
    responses: { 201: z.object({ application: BeauticianApplication }) },
    errors: { 400: ["INVALID_ID_NUMBER", "UNKNOWN_SERVICE", "SKILL_OF_ANOTHER_STUDIO"], 404: ["MERCHANT_NOT_FOUND"], 409: ["ALREADY_APPLIED"] },
  },
  "POST /admin/merchants/{handle}/beautician-applications/{id}/decide": {
    summary: "Approve or reject a beautician's application",
    description:
      "The studio's manager decides first (a `submitted` application → `merchant_approved`), the platform second (→ `approved`); rejecting needs a reason. Approved by both, the beautician becomes active and bookable (while the studio is). An application not at the caller's stage, or decided by someone else at the same moment, is 409 `INVALID_TRANSITION`.",
    auth: "staff",
    body: ApplicationDecisionBody,
    example: { decision: "reject", reason: "证书已过期" },
    responses: { 200: z.object({ application: z.object({ id: z.string(), status: z.enum(APPLICATION_STATUSES), beautician_id: z.string() }) }) },
    errors: { 404: ["MERCHANT_NOT_FOUND", "APPLICATION_NOT_FOUND"], 409: ["INVALID_TRANSITION"] },
  },
  "GET /store/merchants/{handle}": {
    summary: "An approved studio as customers see it",
    description: "Where it is, when it opens, which districts it serves, its cancellation and payment terms for new bookings, and its own published services. A studio that is not approved is 404 `MERCHANT_NOT_FOUND`.",
    auth: "public",
    responses: {
      200: z.object({
        merchant: z
          .object({
            handle: z.string(),
            name: z.string(),
            district: z.string().nullable(),
            address: z.string().nullable(),
            opening_hours: OpeningHours,
            service_districts: z.array(z.string()).nullable(),
            cancellation_terms: CancellationTerms,
            payment: PaymentTerms,
          })
          .meta({ id: "StudioPublic" }),
        services: z.array(StudioService),
      }),
    },
    errors: { 404: ["MERCHANT_NOT_FOUND"] },
  },
})
