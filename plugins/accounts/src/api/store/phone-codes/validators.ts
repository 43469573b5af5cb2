import { z } from "zod"

export const PhoneCodeBody = z.object({ phone: z.string().min(5).max(32) }).strict()
export type PhoneCodeBody = z.infer<typeof PhoneCodeBody>
