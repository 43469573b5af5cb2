import { z } from "zod"

export const RescheduleBody = z.object({ start: z.iso.datetime({ offset: true }) }).strict()
export type RescheduleBody = z.infer<typeof RescheduleBody>
