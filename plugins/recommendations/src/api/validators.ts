import { z } from "zod"

const coordinate = (min: number, max: number) => z.coerce.number().min(min).max(max)

/** What to suggest: for a service page (`product_id`), near a place (`lat`, `lng`). */
export const RecommendationsQuery = z
  .object({
    product_id: z.string().min(1).optional(),
    lat: coordinate(-90, 90).optional(),
    lng: coordinate(-180, 180).optional(),
    limit: z.coerce.number().int().min(1).max(20).default(6),
  })
  .strict()
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), { message: "lat and lng come together", path: ["lng"] })
export type RecommendationsQuery = z.infer<typeof RecommendationsQuery>

export const ViewingConsentBody = z.object({ consent: z.boolean() }).strict()
export type ViewingConsentBody = z.infer<typeof ViewingConsentBody>

export const ViewBody = z.object({ product_id: z.string().min(1) }).strict()
export type ViewBody = z.infer<typeof ViewBody>
