import { z } from "zod"

export const PhoneCodeBody = z.object({ phone: z.string().min(5).max(32) }).strict()
export type PhoneCodeBody = z.infer<typeof PhoneCodeBody>

export const LinkPhoneBody = z.object({ phone: z.string().min(5).max(32), code: z.string().regex(/^\d{6}$/, "six digits") }).strict()
export type LinkPhoneBody = z.infer<typeof LinkPhoneBody>
