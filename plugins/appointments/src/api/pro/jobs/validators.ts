import { z } from "zod"

const point = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).strict()
const photos = z.array(z.url({ protocol: /^https?$/ })).max(9)

/**
 * One step of a job; arriving carries where the beautician is when the phone
 * lets the page know (a check-in without it is flagged, never refused),
 * completing may carry the service record.
 */
export const JobStepBody = z.discriminatedUnion("status", [
  z.object({ status: z.literal("en_route") }).strict(),
  z.object({ status: z.literal("arrived"), location: point.optional() }).strict(),
  z.object({ status: z.literal("in_service") }).strict(),
  z
    .object({
      status: z.literal("completed"),
      service_record: z
        .object({
          notes: z.string().max(2000).optional(),
          products_used: z.array(z.string().min(1).max(100)).max(30).optional(),
          photos_before: photos.optional(),
          photos_after: photos.optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  z.object({ status: z.literal("no_show"), note: z.string().max(500).optional() }).strict(),
])

export type JobStepBody = z.infer<typeof JobStepBody>
