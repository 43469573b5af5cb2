import { z } from "zod"

export const StudioBeauticiansQuery = z
  .object({
    status: z.enum(["pending", "active", "suspended"]).optional(),
    days: z.coerce.number().int().min(1).max(365).default(30).meta({ description: "The performance window" }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StudioBeauticiansQuery = z.infer<typeof StudioBeauticiansQuery>
