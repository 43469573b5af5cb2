import { z } from "zod"
import { SEARCH_FACETS, SEARCH_SORTS, SEARCH_TYPES } from "../../../lib/search/port"

export { SEARCH_TYPES }

const fen = z.coerce.number().int().min(0).max(100_000_000)

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1).max(50),
    type: z.enum(SEARCH_TYPES).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: z.coerce.number().int().min(0).max(1000).default(0),
    category: z.string().trim().min(1).max(64).optional().meta({ description: "A service category's handle (`facial`, `nails`…): services only" }),
    min_price: fen.optional().meta({ description: "In fen: services whose dearest option costs at least this" }),
    max_price: fen.optional().meta({ description: "In fen: services whose cheapest option costs at most this" }),
    district: z.string().trim().min(1).max(64).optional().meta({ description: "Beauticians who serve this district" }),
    min_rating: z.coerce.number().min(0).max(5).optional().meta({ description: "Beauticians rated at least this (1–5)" }),
    studio: z.string().trim().min(1).max(64).optional().meta({ description: "Only this studio's services and beauticians (its handle)" }),
    sort: z.enum(SEARCH_SORTS).default("relevance").meta({ description: "`distance` needs `near`" }),
    near: z
      .string()
      .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/)
      .optional()
      .meta({ description: "`lat,lng` of the address: each result's `distance_m` from it, and `sort=distance`" }),
    facets: z
      .string()
      .regex(new RegExp(`^(${SEARCH_FACETS.join("|")})(,(${SEARCH_FACETS.join("|")}))*$`))
      .optional()
      .meta({ description: `Comma-separated, any of ${SEARCH_FACETS.join(", ")}: counts per value over every match` }),
  })
  .strict()
export type SearchQuery = z.infer<typeof SearchQuery>
