import { z } from "zod"

export const DeleteAccountBody = z.object({ confirm: z.literal("DELETE") }).strict()
export const AccessLogQuery = z.object({ actor_id: z.string().min(1).optional(), subject_id: z.string().min(1).optional() }).strict()
export type AccessLogQuery = z.infer<typeof AccessLogQuery>
