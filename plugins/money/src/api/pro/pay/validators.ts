import { z } from "zod"

/** `?appointment_id=a,b,…`: up to 50 appointments, comma-separated. */
export const PayQuery = z
  .object({
    appointment_id: z
      .string()
      .min(1)
      .transform((ids) => [...new Set(ids.split(",").map((id) => id.trim()).filter(Boolean))])
      .pipe(z.array(z.string().max(64)).min(1).max(50)),
  })
  .strict()
export type PayQuery = z.infer<typeof PayQuery>
