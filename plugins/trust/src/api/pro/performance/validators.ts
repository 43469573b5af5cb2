import { z } from "zod"

/** How many days back a beautician's figures count. */
export const PerformanceQuery = z.object({ days: z.coerce.number().int().min(1).max(365).default(30) }).strict()
export type PerformanceQuery = z.infer<typeof PerformanceQuery>
