import { z } from "zod"

export const SEARCH_TYPES = ["service", "beautician", "article"] as const

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1).max(50),
    type: z.enum(SEARCH_TYPES).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict()
export type SearchQuery = z.infer<typeof SearchQuery>
