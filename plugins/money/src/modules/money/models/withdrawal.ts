import { model } from "@medusajs/framework/utils"

export const WITHDRAWAL_STATUSES = ["requested", "approved", "paying", "paid", "rejected"] as const
export type WithdrawalStatus = (typeof WITHDRAWAL_STATUSES)[number]

/**
 * A beautician asks for their balance: requested → approved by the platform's
 * finance → paying (handed to the payout provider; `manual`: a bank transfer
 * recorded with its reference) → paid, or back to approved with the
 * provider's error; or rejected with a reason. Paid, it becomes a negative
 * ledger entry.
 */
export const Withdrawal = model.define("withdrawal", {
  id: model.id({ prefix: "wdrl" }).primaryKey(),
  beautician_id: model.text(),
  merchant_handle: model.text(),
  amount_fen: model.number(),
  status: model.enum([...WITHDRAWAL_STATUSES]).default("requested"),
  reason: model.text().nullable(),
  transfer_reference: model.text().nullable(),
  /** Which payout provider paid it (or was last asked to), and why it did not, if it did not. */
  payout_provider: model.text().nullable(),
  payout_error: model.text().nullable(),
  decided_by: model.text().nullable(),
  paid_at: model.dateTime().nullable(),
})
