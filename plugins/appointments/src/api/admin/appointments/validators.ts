import { z } from "zod"
import { APPOINTMENT_STATUSES } from "@doorstep/booking-core"

const localDate = z.iso.date().meta({ description: "A local date in the platform's zone, YYYY-MM-DD" })
const reason = z.string().trim().min(2).max(200).meta({ description: "Why, kept with the change for the customer's record and the studio" })

/** `?status=confirmed,assigned` or `?status=confirmed&status=assigned`. */
const statuses = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(APPOINTMENT_STATUSES)).min(1))
  .optional()
  .meta({ description: "One or more statuses, comma-separated" })

export const AppointmentListQuery = z
  .object({
    status: statuses,
    from: localDate.optional().meta({ description: "Starting on or after this local date" }),
    to: localDate.optional().meta({ description: "Starting on or before this local date" }),
    beautician_id: z.string().trim().min(1).max(64).optional(),
    variant_id: z.string().trim().min(1).max(64).optional().meta({ description: "The service (its variant)" }),
    customer_id: z.string().trim().min(1).max(64).optional(),
    merchant_handle: z.string().trim().min(1).max(64).optional().meta({ description: "The platform's staff: one studio's (else every studio's). Merchant staff always see their own; naming another studio is 404." }),
    order: z.enum(["starts_at", "-starts_at", "created_at", "-created_at"]).default("-starts_at").meta({ description: "Sort field; a leading `-` for newest first" }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "`from` must not be after `to`", path: ["to"] })
export type AppointmentListQuery = z.infer<typeof AppointmentListQuery>

export const StaffCancelBody = z
  .object({
    reason,
    waive_fee: z.boolean().default(false).meta({ description: "The studio lets the policy's fee go: everything paid is given back" }),
  })
  .strict()
export type StaffCancelBody = z.infer<typeof StaffCancelBody>

export const StaffRescheduleBody = z.object({ start: z.iso.datetime({ offset: true }), reason }).strict()
export type StaffRescheduleBody = z.infer<typeof StaffRescheduleBody>

export const RefundBody = z.object({ amount_fen: z.number().int().min(1).max(100_000_000), reason }).strict()
export type RefundBody = z.infer<typeof RefundBody>
