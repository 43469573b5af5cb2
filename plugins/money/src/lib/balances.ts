import type { MedusaContainer } from "@medusajs/framework/types"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { bookBalances } from "./earnings"
import { createOwnCart, orderLines } from "./own-cart"

export const BALANCE_CART_LOCKED = () => new DomainError(409, "BALANCE_CART_LOCKED", "尾款的订单不能修改 · A balance's cart cannot be changed")

interface BalanceOf {
  id: string
  status: string
  order_id: string | null
  customer_id: string
  beautician_id: string
  balance_due_fen?: number | null
  balance_cart_id?: string | null
  balance_order_id?: string | null
  balance_paid_fen?: number | null
}

/** What a customer sees of a deposit booking's balance: what is due, the cart to pay it through, and whether it is paid. */
export const publicBalance = (appointment: BalanceOf) => ({
  appointment_id: appointment.id,
  amount_fen: appointment.balance_paid_fen ?? appointment.balance_due_fen ?? 0,
  currency_code: "cny",
  status: appointment.balance_order_id ? "paid" : "pending",
  cart_id: appointment.balance_cart_id ?? null,
  order_id: appointment.balance_order_id ?? null,
})

/**
 * The customer of a completed deposit booking pays its balance: answered
 * with the balance and a cart of its own to pay it through (the same cart if
 * asked again). Nothing due — paid in full at checkout, or paid already — is
 * 409 `NO_BALANCE_DUE`; before the job is completed, 409 `BALANCE_NOT_DUE`.
 */
export async function askForBalance(container: MedusaContainer, appointment: BalanceOf) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  if (!appointment.balance_due_fen || appointment.balance_order_id || !appointment.order_id || appointment.status === "cancelled") {
    throw new DomainError(409, "NO_BALANCE_DUE", "这次预约没有待付的尾款 · Nothing is due for this booking")
  }
  if (appointment.status !== "completed") throw new DomainError(409, "BALANCE_NOT_DUE", "服务完成后支付尾款 · The balance is paid after the job")
  if (appointment.balance_cart_id) return publicBalance(appointment)
  const [beautician] = await appointments.listBeauticians({ id: appointment.beautician_id }, { select: ["display_name"] })
  const cart = await createOwnCart(container, {
    orderId: appointment.order_id,
    customerId: appointment.customer_id,
    title: `尾款 · Balance — ${beautician?.display_name ?? ""}`.trim(),
    amountFen: appointment.balance_due_fen,
    purpose: { balance_for: appointment.id },
  })
  // Of two asks at once, the first cart stays (the other is never paid).
  const cartId = await appointments.claimBalanceCart(appointment.id, cart.id)
  return publicBalance({ ...appointment, balance_cart_id: cartId })
}

/**
 * Records the balances an order paid (its lines carrying `balance_for`),
 * each once, and books them to the ledger. Resolves to how many this call
 * recorded.
 */
export async function bookPaidBalances(container: MedusaContainer, orderId: string): Promise<number> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const paid: string[] = []
  for (const line of (await orderLines(container, orderId)).filter((item) => typeof item.metadata.balance_for === "string")) {
    if (await appointments.recordBalancePaid(line.metadata.balance_for as string, orderId, line.fen)) paid.push(line.metadata.balance_for as string)
  }
  if (paid.length) await bookBalances(container, paid)
  return paid.length
}
