import { z } from "zod"

export const AssignBody = z.object({ beautician_id: z.string().min(1).max(64), reason: z.string().trim().min(1).max(200) }).strict()
export type AssignBody = z.infer<typeof AssignBody>
