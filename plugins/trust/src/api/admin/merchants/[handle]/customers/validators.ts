import { z } from "zod"
import { CUSTOMER_SEGMENTS, STUDIO_CUSTOMER_SORTS } from "@doorstep/booking-core"

const tag = z.string().trim().min(1).max(20).meta({ example: "VIP" })

export const StudioCustomerListQuery = z
  .object({
    segment: z.enum(CUSTOMER_SEGMENTS).optional(),
    tag: tag.optional(),
    q: z.string().trim().min(1).max(40).optional().meta({ description: "Part of the customer's name, or at least 3 digits of their phone" }),
    sort: z.enum(STUDIO_CUSTOMER_SORTS).default("last_visit"),
    order: z.enum(["asc", "desc"]).default("desc"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StudioCustomerListQuery = z.infer<typeof StudioCustomerListQuery>

export const StudioCustomerTagsBody = z
  .object({ tags: z.array(tag).max(20).refine((tags) => new Set(tags).size === tags.length, "each tag once") })
  .strict()
export type StudioCustomerTagsBody = z.infer<typeof StudioCustomerTagsBody>

export const StudioCustomerNoteBody = z.object({ body: z.string().trim().min(1).max(1000) }).strict()
export type StudioCustomerNoteBody = z.infer<typeof StudioCustomerNoteBody>
