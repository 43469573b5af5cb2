import { z } from "zod"

/** The amount's range is the tip rules' (400 `TIP_OUT_OF_RANGE`); here only its shape. */
export const TipBody = z.object({ amount_fen: z.number().int() }).strict()
export type TipBody = z.infer<typeof TipBody>
