import { model } from "@medusajs/framework/utils"

export const LEDGER_ACCOUNTS = ["platform", "merchant", "beautician"] as const
export const LEDGER_KINDS = ["service", "cancellation_fee", "tip", "adjustment", "withdrawal", "balance", "refund"] as const

/**
 * The earnings ledger, append-only: what each party earned from an
 * appointment, in fen. Mistakes are mended by an `adjustment`, never by an
 * edit; money given back after the shares were booked by `refund` entries. A paid withdrawal is a negative entry. Balances are sums over it. An appointment's own entries exist once
 * (a unique index), however often or widely they are posted.
 */
export const LedgerEntry = model.define("ledger_entry", {
  id: model.id({ prefix: "ledg" }).primaryKey(),
  appointment_id: model.text().nullable(),
  merchant_handle: model.text(),
  beautician_id: model.text().nullable(),
  account: model.enum([...LEDGER_ACCOUNTS]),
  kind: model.enum([...LEDGER_KINDS]),
  amount_fen: model.number(),
  note: model.text().nullable(),
  /** What an appointment's shares were split by: the studio's plan, the tier its month had reached (from 0) and the platform's rate. */
  commission_plan: model.text().nullable(),
  commission_tier: model.number().nullable(),
  commission_rate_bp: model.number().nullable(),
})
