import { z } from "zod"

/** At most this many photos go with a review (a phone's grid of nine). */
export const MAX_REVIEW_PHOTOS = 9

/** A customer's review of a completed job: 1–5 stars, words and photos (URLs of the customer's own uploads). */
export const ReviewBody = z
  .object({
    rating: z.number().int().min(1).max(5),
    text: z.string().max(1000).optional(),
    photos: z.array(z.url({ protocol: /^https?$/ })).max(MAX_REVIEW_PHOTOS).optional(),
  })
  .strict()
export const ReviewReplyBody = z.object({ text: z.string().min(2).max(1000) }).strict()
export const ReviewModerationBody = z.object({ hidden: z.boolean(), reason: z.string().min(2).max(500) }).strict()
export type ReviewBody = z.infer<typeof ReviewBody>
export type ReviewReplyBody = z.infer<typeof ReviewReplyBody>
export type ReviewModerationBody = z.infer<typeof ReviewModerationBody>

const yesNo = z.enum(["true", "false"])

/** The back office's list of reviews: newest first, paged, filtered by stars, reply and moderation. */
export const StudioReviewListQuery = z
  .object({
    rating: z.coerce.number().int().min(1).max(5).optional(),
    replied: yesNo.optional().meta({ description: "`true`: the studio has replied; `false`: not yet" }),
    hidden: yesNo.optional().meta({ description: "`true`: hidden by moderation; `false`: visible" }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StudioReviewListQuery = z.infer<typeof StudioReviewListQuery>

/** Every studio's reviews (support and the platform), optionally one studio's. */
export const ReviewListQuery = StudioReviewListQuery.extend({ merchant_handle: z.string().trim().min(1).max(100).optional() }).strict()
export type ReviewListQuery = z.infer<typeof ReviewListQuery>
