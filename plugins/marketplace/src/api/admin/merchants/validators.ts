import { z } from "zod"

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
