import { z } from "zod"
import { SIGN_IN_ACTORS } from "../../../lib/sign-in-codes"

export const PhoneCodeBody = z
  .object({
    phone: z.string().min(5).max(32),
    /** Who the code signs in as; it works only there. */
    actor_type: z.enum(SIGN_IN_ACTORS).default("customer"),
  })
  .strict()
export type PhoneCodeBody = z.infer<typeof PhoneCodeBody>

export const LinkPhoneBody = z.object({ phone: z.string().min(5).max(32), code: z.string().regex(/^\d{6}$/, "six digits") }).strict()
export type LinkPhoneBody = z.infer<typeof LinkPhoneBody>
