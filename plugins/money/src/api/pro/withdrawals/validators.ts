import { z } from "zod"
import { WITHDRAWAL_STATUSES } from "../../../modules/money/models/withdrawal"

export const WithdrawalBody = z.object({ amount_fen: z.number().int().positive().max(100_000_000) }).strict()
export type WithdrawalBody = z.infer<typeof WithdrawalBody>

export const WithdrawalDecisionBody = z
  .object({ decision: z.enum(["approve", "pay", "reject"]), reason: z.string().min(2).max(500).optional(), transfer_reference: z.string().min(4).max(80).optional() })
  .strict()
  .refine((body) => body.decision !== "reject" || body.reason, { message: "a reason is required", path: ["reason"] })
export type WithdrawalDecisionBody = z.infer<typeof WithdrawalDecisionBody>

/** The least a beautician may withdraw at once: ¥100. */
export const MINIMUM_WITHDRAWAL_FEN = 10_000

/** `?status=` keeps one status of the finance queue. */
export const WithdrawalListQuery = z.object({ status: z.enum(WITHDRAWAL_STATUSES).optional() })
export type WithdrawalListQuery = z.infer<typeof WithdrawalListQuery>
