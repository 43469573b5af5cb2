import { EmptyBody } from "@doorstep/appointments/api/validation"
import { z } from "zod"
import { MERCHANT_STATUSES } from "../../../lib/merchant-status"

export const MerchantApplicationBody = z
  .object({
    handle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case letters, digits and hyphens").min(3).max(40),
    name: z.string().min(2).max(80),
    contact_phone: z.string().min(5).max(32),
    district: z.string().max(40).optional(),
    address: z.string().max(200).optional(),
  })
  .strict()

export const MerchantDocumentsBody = z
  .object({
    legal_name: z.string().min(2).max(120),
    credit_code: z.string().min(18).max(18),
    licence_image_url: z.url({ protocol: /^https?$/ }),
  })
  .strict()

export const MerchantReviewBody = z
  .object({ decision: z.enum(["approve", "reject", "suspend", "reinstate"]), reason: z.string().min(2).max(500).optional() })
  .strict()
  .refine((body) => body.decision === "approve" || body.decision === "reinstate" || body.reason, { message: "a reason is required", path: ["reason"] })

export type MerchantApplicationBody = z.infer<typeof MerchantApplicationBody>
export type MerchantDocumentsBody = z.infer<typeof MerchantDocumentsBody>
export type MerchantReviewBody = z.infer<typeof MerchantReviewBody>
/** Handing the documents in takes nothing more: they are on file already. */
export const SubmitBody = EmptyBody

/** What a beautician's application says, whether a studio's staff or the person themselves hand it in. */
export const ApplicationFields = {
  display_name: z.string().trim().min(2).max(40),
  id_number: z.string().min(18).max(18),
  background_check_consent: z.literal(true),
  home: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).strict(),
  service_radius_km: z.number().positive().max(30),
  skill_product_ids: z.array(z.string().min(1)).min(1).max(50),
}
export const CertificateName = z.string().trim().min(2).max(80)

export const BeauticianApplicationBody = z
  .object({
    ...ApplicationFields,
    email: z.email(),
    phone: z.string().regex(/^\+?\d{6,15}$/, "digits, optionally with a leading +"),
    certificates: z.array(z.object({ name: CertificateName, url: z.url({ protocol: /^https?$/ }) }).strict()).min(1).max(10),
  })
  .strict()

export const ApplicationDecisionBody = z
  .object({ decision: z.enum(["approve", "reject"]), reason: z.string().min(2).max(500).optional() })
  .strict()
  .refine((body) => body.decision === "approve" || body.reason, { message: "a reason is required", path: ["reason"] })

export type BeauticianApplicationBody = z.infer<typeof BeauticianApplicationBody>
export type ApplicationDecisionBody = z.infer<typeof ApplicationDecisionBody>

export const BeauticianStatusBody = z
  .object({ status: z.enum(["suspended", "active"]), reason: z.string().min(2).max(500) })
  .strict()
export type BeauticianStatusBody = z.infer<typeof BeauticianStatusBody>

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM")
const OpeningHours = z
  .array(z.object({ weekday: z.number().int().min(1).max(7), open: clock, close: clock }).strict().refine((day) => day.open < day.close, { message: "open must be before close" }))
  .max(14)
const PolicyTermsBody = z
  .object({
    free_until_hours: z.number().min(0).max(168),
    tiers: z.array(z.object({ hours_before: z.number().positive().max(168), fee_percent: z.number().int().min(0).max(100) }).strict()).max(5),
    late_fee_percent: z.number().int().min(0).max(100),
    reschedule_until_hours: z.number().min(0).max(168),
  })
  .strict()

/** What a studio's manager may change of the studio's settings (the commission plan is the platform's). */
export const MerchantSettingsBody = z
  .object({
    opening_hours: OpeningHours.optional(),
    location: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180), address: z.string().min(2).max(200) }).strict().optional(),
    service_districts: z.array(z.string().min(1).max(40)).max(30).nullable().optional(),
    cancellation_terms: PolicyTermsBody.optional(),
    /** In full at checkout, or a deposit (`deposit_percent` 10–90, checked by the route: 400 `INVALID_DEPOSIT_PERCENT`). */
    payment: z.object({ mode: z.enum(["full", "deposit"]), deposit_percent: z.number().optional() }).strict().optional(),
  })
  .strict()
export type MerchantSettingsBody = z.infer<typeof MerchantSettingsBody>

/**
 * A studio's plan: a flat `commission_percent`, or `tiers` by the month's
 * gross (their rules, from 0, rising, 0–10000 bp, are booking-core's, answered
 * 400 `INVALID_COMMISSION_TIERS`); one of the two.
 */
export const CommissionPlanBody = z
  .object({
    plan: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case letters, digits and hyphens").min(2).max(40).optional(),
    commission_percent: z.number().min(0).max(50).optional(),
    tiers: z.array(z.object({ from_fen: z.number(), rate_bp: z.number() }).strict()).max(20).optional(),
    beautician_percent: z.number().min(0).max(100),
    reason: z.string().min(2).max(500),
  })
  .strict()
  .refine((body) => (body.commission_percent === undefined) !== (body.tiers === undefined), { message: "either commission_percent or tiers", path: ["tiers"] })
export type CommissionPlanBody = z.infer<typeof CommissionPlanBody>

const Bilingual = (max: number) => z.object({ "zh-CN": z.string().trim().min(2).max(max), en: z.string().trim().min(2).max(max) }).strict()
/** A duration a studio sells: whole minutes in 5-minute steps, priced in fen (¥1–¥10,000). */
const ServiceVariantBody = z
  .object({
    title: Bilingual(40),
    duration_minutes: z.number().int().min(15).max(480).multipleOf(5),
    price_fen: z.number().int().min(100).max(1_000_000),
  })
  .strict()

/** A studio's own service, as its manager creates it: one product with a variant per duration. */
export const StudioServiceBody = z
  .object({
    title: Bilingual(60),
    subtitle: Bilingual(120).optional(),
    category: z.string().min(1).max(40),
    status: z.enum(["published", "draft"]).default("draft"),
    variants: z.array(ServiceVariantBody).min(1).max(10),
  })
  .strict()
export type StudioServiceBody = z.infer<typeof StudioServiceBody>

/** What may change of a studio's service: its words, category, whether it is on sale, and its variants' durations and prices (by id). */
export const StudioServiceUpdateBody = z
  .object({
    title: Bilingual(60).optional(),
    subtitle: Bilingual(120).optional(),
    category: z.string().min(1).max(40).optional(),
    status: z.enum(["published", "draft"]).optional(),
    variants: z
      .array(z.object({ id: z.string().min(1), duration_minutes: ServiceVariantBody.shape.duration_minutes.optional(), price_fen: ServiceVariantBody.shape.price_fen.optional() }).strict())
      .min(1)
      .max(10)
      .optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "nothing to change" })
export type StudioServiceUpdateBody = z.infer<typeof StudioServiceUpdateBody>

/** `?status=` keeps one status of the platform's list; the list's other parameters are left to the route. */
export const MerchantListQuery = z.object({ status: z.enum(MERCHANT_STATUSES).optional() })
export type MerchantListQuery = z.infer<typeof MerchantListQuery>
