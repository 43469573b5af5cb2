import { z } from "zod"

const studio = z.string().trim().min(1).max(64).optional().meta({ description: "The platform's staff: one studio's board (else every studio's). Merchant staff always see their own; naming another studio is 404." })

export const DispatchQueueQuery = z
  .object({
    merchant_handle: studio,
    expiring_within_minutes: z.coerce.number().int().min(0).max(60).default(1).meta({ description: "An offer running out within this many minutes puts its job at risk" }),
    candidates: z.coerce.number().int().min(0).max(20).default(5).meta({ description: "Candidates shown per job, best first" }),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict()
export type DispatchQueueQuery = z.infer<typeof DispatchQueueQuery>

export const PositionsQuery = z
  .object({
    merchant_handle: studio,
    limit: z.coerce.number().int().min(1).max(1000).default(500),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type PositionsQuery = z.infer<typeof PositionsQuery>
