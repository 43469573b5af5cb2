import { z } from "zod"

export const UploadQuery = z
  .object({
    purpose: z
      .enum(["job", "profile"])
      .default("job")
      .meta({ description: "What the photo is for: a job's service record (default) or the beautician's profile; the cms's reviewers see it in the file's name" }),
  })
  .strict()
export type UploadQuery = z.infer<typeof UploadQuery>
