import { z } from "zod"

/** Where the customer is (their address's pin), and how many beauticians to list. */
export const NearbyQuery = z
  .object({
    lat: z.coerce.number().min(-90).max(90),
    lng: z.coerce.number().min(-180).max(180),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict()
export type NearbyQuery = z.infer<typeof NearbyQuery>
