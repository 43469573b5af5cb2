import { model } from "@medusajs/framework/utils"

export const TIP_STATUSES = ["pending", "paid"] as const

/**
 * A customer's tip for a completed appointment, once per appointment: asked
 * for (pending, with the cart it is paid through), then paid (its order
 * placed). Paid, it is a ledger entry wholly to the beautician.
 */
export const Tip = model.define("tip", {
  id: model.id({ prefix: "tip" }).primaryKey(),
  appointment_id: model.text(),
  customer_id: model.text(),
  beautician_id: model.text(),
  merchant_handle: model.text(),
  amount_fen: model.number(),
  status: model.enum([...TIP_STATUSES]).default("pending"),
  cart_id: model.text().nullable(),
  order_id: model.text().nullable(),
  paid_at: model.dateTime().nullable(),
})
