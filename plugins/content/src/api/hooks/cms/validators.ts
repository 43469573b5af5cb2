import { z } from "zod"

/** What the cms's webhook posts (cms/README.md, "Webhooks"); read only after the signature is verified. */
export const CmsEventBody = z.object({
  event: z.enum(["entry.publish", "entry.unpublish", "entry.delete"]),
  model: z.string().min(1).max(60).meta({ example: "beautician-profile" }),
  documentId: z.string().min(1).max(64),
  locale: z.string().max(10).nullable(),
})
