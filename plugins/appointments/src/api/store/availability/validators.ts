import { z } from "zod"

const coordinate = (min: number, max: number) => z.coerce.number().min(min).max(max)

export const AvailabilityQuery = z
  .object({
    variant_id: z.string().min(1),
    lat: coordinate(-90, 90),
    lng: coordinate(-180, 180),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD"),
    days: z.coerce.number().int().min(1).max(14).default(1),
    district: z.string().min(1).optional(),
    beautician_id: z.string().min(1).optional(),
  })
  .strict()

export type AvailabilityQuery = z.infer<typeof AvailabilityQuery>
