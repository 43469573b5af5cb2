import { z } from "zod"

/** The reviews of one service (a product: any of its options), newest first. */
export const ServiceReviewsQuery = z
  .object({
    product_id: z.string().min(1),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict()
export type ServiceReviewsQuery = z.infer<typeof ServiceReviewsQuery>
