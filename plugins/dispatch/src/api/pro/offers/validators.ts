import { z } from "zod"

export const DeclineBody = z.object({ reason: z.string().trim().min(1).max(200) }).strict()
export type DeclineBody = z.infer<typeof DeclineBody>
