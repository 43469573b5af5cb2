import { z } from "zod"
import { LOCALES } from "../lib/local-time"

export const InboxQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(50) }).strict()
export type InboxQuery = z.infer<typeof InboxQuery>

/** A customer's: their language, and whether review requests may come (everything about their bookings always does). */
export const CustomerPreferencesBody = z.object({ locale: z.enum(LOCALES).optional(), review_requests: z.boolean().optional() }).strict()
export type CustomerPreferencesBody = z.infer<typeof CustomerPreferencesBody>

/** A beautician's: their language (every notice to them is about their jobs). */
export const BeauticianPreferencesBody = z.object({ locale: z.enum(LOCALES).optional() }).strict()
export type BeauticianPreferencesBody = z.infer<typeof BeauticianPreferencesBody>
