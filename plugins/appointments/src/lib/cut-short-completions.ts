import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import { deleteDeadCompletionOrders } from "./dead-completion-orders"

/**
 * A cart completion confirms the cart's appointments (recording the cart on
 * them) before Medusa creates the order, and the order is recorded on them by
 * `order.placed`. A process killed in between (kill -9, the OOM killer) leaves
 * appointments confirmed with no order. The customer's retry mends that, but
 * nothing says the customer retries; these two sweeps mend the rest.
 */

/** Appointments looked at in one go. */
const BATCH_SIZE = 500

const cutShort = (container: MedusaContainer, quietSince: Date) =>
  container
    .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    .listAppointments(
      { status: "confirmed", order_id: null, completing_cart_id: { $ne: null }, updated_at: { $lt: quietSince } },
      { select: ["id", "completing_cart_id", "customer_id", "created_at"], take: BATCH_SIZE },
    )

/** The orders these carts became, by cart. */
async function ordersOfCarts(container: MedusaContainer, cartIds: string[]): Promise<Map<string, string>> {
  if (cartIds.length === 0) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { cart_id: cartIds } })
  return new Map((data as Array<{ cart_id: string; order_id: string }>).map((link) => [link.cart_id, link.order_id]))
}

/**
 * Records the order of paid appointments whose `order.placed` was lost: the
 * subscriber that records it runs only in the process that placed the order.
 * Each appointment confirmed before `quietSince` whose cart did become an
 * order gets that order, so cancellation can refund it and dispatch sees it.
 * Returns the appointments updated.
 */
export async function recordLostOrders(container: MedusaContainer, quietSince: Date): Promise<string[]> {
  const orphans = await cutShort(container, quietSince)
  if (orphans.length === 0) return []
  const orderOf = await ordersOfCarts(container, [...new Set(orphans.map((a) => a.completing_cart_id as string))])
  const found = orphans.filter((a) => orderOf.has(a.completing_cart_id as string)).map((a) => ({ id: a.id, order_id: orderOf.get(a.completing_cart_id as string)! }))
  if (found.length > 0) await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).updateAppointments(found)
  return found.map((a) => a.id)
}

/** What finishing a cut-short completion came to, per cart. */
export interface FinishedCompletion {
  cartId: string
  /** `placed`: the customer had paid, and the order now exists. `released`: unpaid, so its times are free again. `busy`: a completion of it is running; next sweep. */
  outcome: "placed" | "released" | "busy"
  /** Orders the cut-short completion left without cart or payment, deleted. */
  deletedOrders: string[]
}

/** A completion holds its cart's lease for two minutes at most; this long after, nobody is finishing it. */
export const ABANDONED_AFTER_MS = 10 * 60_000

/**
 * Finishes the completions of carts that were cut short and never completed
 * again: appointments confirmed for a cart `ABANDONED_AFTER_MS` before `now`
 * (long past the two-minute lease of any completion still running) whose cart never became
 * an order. Each cart is completed again, exactly as the customer's retry
 * would: the order is placed if the payment is good (the provider asks the
 * gateway), and otherwise Medusa's compensation hands the times back as lapsed
 * holds. A completion that fails before it confirms anything (the payment
 * session itself is gone) leaves the appointments confirmed; they are handed
 * back here, under the cart's lease so no completion starting meanwhile is
 * undone. Without this, the times stay taken by nobody and the leftover
 * pending order stays in the customer's list.
 */
export async function finishCutShortCompletions(container: MedusaContainer, now: Date): Promise<FinishedCompletion[]> {
  const stuck = await cutShort(container, new Date(now.getTime() - ABANDONED_AFTER_MS))
  const byCart = new Map<string, typeof stuck>()
  for (const appointment of stuck) byCart.set(appointment.completing_cart_id as string, [...(byCart.get(appointment.completing_cart_id as string) ?? []), appointment])
  const placed = await ordersOfCarts(container, [...byCart.keys()])
  const finished: FinishedCompletion[] = []
  for (const [cartId, held] of byCart) {
    // A lost `order.placed` only: `recordLostOrders` records it.
    if (placed.has(cartId)) continue
    const deletedOrders = await deleteDeadCompletionOrders(container, { id: cartId, customerId: held[0].customer_id ?? undefined }, held)
    const { errors } = await completeCartWorkflow(container).run({ input: { id: cartId }, throwOnError: false })
    if (errors.length === 0) {
      finished.push({ cartId, outcome: "placed", deletedOrders })
      continue
    }
    finished.push({ cartId, outcome: (await handBack(container, cartId)) ? "released" : "busy", deletedOrders })
  }
  return finished
}

/** How long the hand-back may hold the cart's lease; it takes milliseconds. */
const HAND_BACK_LEASE_SECONDS = 30

/**
 * Hands back the times still confirmed for a cart that is no order, as the
 * completion's compensation would (a hold that has lapsed). Returns false,
 * changing nothing, when a completion of the cart holds its lease right now.
 */
async function handBack(container: MedusaContainer, cartId: string): Promise<boolean> {
  const locking = container.resolve(Modules.LOCKING)
  const ownerId = randomUUID()
  try {
    await locking.acquire(cartId, { ownerId, expire: HAND_BACK_LEASE_SECONDS })
  } catch {
    return false
  }
  try {
    if ((await ordersOfCarts(container, [cartId])).size > 0) return true
    const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const still = await appointments.listAppointments({ status: "confirmed", order_id: null, completing_cart_id: cartId }, { select: ["id"] })
    if (still.length > 0) {
      const now = new Date()
      await appointments.updateAppointments(
        still.map(({ id }) => ({ id, status: "held" as const, expires_at: now, completing_cart_id: null, paid_fen: null, balance_due_fen: null, payment_status: "pending" as const })),
      )
    }
    return true
  } finally {
    await locking.release(cartId, { ownerId })
  }
}
