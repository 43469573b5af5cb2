import { z } from "zod"

/** Where the customer is (their address's pin), how many beauticians to list, and optionally only those who perform one service. */
export const NearbyQuery = z
  .object({
    lat: z.coerce.number().min(-90).max(90),
    lng: z.coerce.number().min(-180).max(180),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    product_id: z.string().min(1).optional(),
  })
  .strict()
export type NearbyQuery = z.infer<typeof NearbyQuery>
