import { randomUUID } from "node:crypto"
import type { BigNumberInput, IOrderModuleService, IPaymentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, PaymentEvents } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { toFen } from "../providers/session"
import type { GatewayNotification } from "./gateway-notification"
import { NotificationRejected } from "./notification-rejected"

interface SessionRow {
  id: string
  amount: number
  currency_code: string
  provider_id: string
  payment_collection_id: string
}

/** What settling a paid session came to. */
export type Settlement =
  | { outcome: "placed"; orderId: string }
  /** The cart could not become an order (say, its time was taken meanwhile): Medusa refunded the payment in full. */
  | { outcome: "refunded"; reason: string }
  /** As above, but the refund failed too: the money is with us, and staff must give it back. */
  | { outcome: "refund_failed"; reason: string }
  /** The payment collection belongs to no cart: authorizing and capturing it was all there was to do. */
  | { outcome: "captured" }

/**
 * The payment session a verified notification names: it must exist, belong to
 * this provider, and be for exactly the amount (in CNY) the gateway reports.
 * Throws `NotificationRejected` otherwise, having changed nothing.
 */
export async function matchSession(container: MedusaContainer, providerId: string, notification: GatewayNotification): Promise<SessionRow> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_session",
    fields: ["id", "amount", "currency_code", "provider_id", "payment_collection_id"],
    filters: { id: notification.sessionId },
  })
  const session = data[0] as SessionRow | undefined
  if (!session || session.provider_id !== providerId) throw new NotificationRejected("UNKNOWN_SESSION", `No ${providerId} payment session ${notification.sessionId}`)
  const sessionFen = toFen(session.amount)
  const claimedFen = notification.kind === "payment" ? notification.totalFen : notification.refundFen
  const matches = notification.kind === "payment" ? claimedFen === sessionFen : claimedFen <= sessionFen
  if (session.currency_code.toLowerCase() !== "cny" || !matches) {
    throw new NotificationRejected("AMOUNT_MISMATCH", `The gateway reports ${claimedFen} fen; session ${session.id} is for ${sessionFen} fen ${session.currency_code.toUpperCase()}`)
  }
  return session
}

/**
 * Turns a session the gateway says is paid into an order, once: one settlement
 * at a time per session, and a cart that already became an order is left as
 * it is, so repeated or simultaneous notifications capture once. The session
 * is authorized first (the provider asks the gateway again, so only real money
 * counts) and then the cart completes; should completion fail, Medusa's own
 * compensation refunds the captured payment.
 */
export async function settlePaidSession(container: MedusaContainer, sessionId: string): Promise<Settlement> {
  return await withLease(container, `china-payments:settle:${sessionId}`, async () => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const cartId = await cartOfSession(container, sessionId)
    if (cartId) {
      const { data: orders } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      const existing = (orders[0] as { order_id?: string } | undefined)?.order_id
      if (existing) {
        await payForPlacedOrder(container, sessionId, existing)
        return { outcome: "placed", orderId: existing } as const
      }
    }

    await container.resolve<IPaymentModuleService>(Modules.PAYMENT).authorizePaymentSession(sessionId, {})
    if (!cartId) return { outcome: "captured" } as const
    const { result, errors } = await completeCartWorkflow(container).run({ input: { id: cartId }, throwOnError: false })
    if (errors.length === 0) return { outcome: "placed", orderId: result.id } as const
    const reason = errors.map((e) => (e.error as Error)?.message ?? String(e.error)).join("; ")
    // Medusa's compensation refunds without an event; others (the appointment) learn it from one.
    const { data: payments } = await query.graph({ entity: "payment", fields: ["id", "refunds.id"], filters: { payment_session_id: sessionId } })
    const refunded = (payments as Array<{ id: string; refunds?: unknown[] }>).filter((p) => (p.refunds ?? []).length > 0)
    if (refunded.length === 0) return { outcome: "refund_failed", reason } as const
    await container.resolve(Modules.EVENT_BUS).emit(refunded.map((p) => ({ name: PaymentEvents.REFUNDED, data: { id: p.id } })))
    return { outcome: "refunded", reason } as const
  })
}

/**
 * Authorizes the session of an order whose completion was cut short after it
 * placed the order and before it authorized the payment (Medusa authorizes
 * last): the order exists, linked to its cart, with no payment. Completing the
 * cart again only answers that order, so without this the customer's money
 * would reach nobody's books. The captures are recorded on the order as the
 * completion would have recorded them. A session already authorized is left
 * alone, so a repeated notification captures once.
 */
async function payForPlacedOrder(container: MedusaContainer, sessionId: string, orderId: string) {
  const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
  const [session] = await payments.listPaymentSessions({ id: sessionId }, { select: ["id", "status"] })
  if (!session || session.status !== "pending") return
  const payment = await payments.authorizePaymentSession(sessionId, {})
  if (!payment) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "payment", fields: ["currency_code", "captures.id", "captures.raw_amount"], filters: { id: payment.id } })
  const paid = data[0] as { currency_code: string; captures?: Array<{ id: string; raw_amount: BigNumberInput }> } | undefined
  if (!paid) return
  const transactions = (paid.captures ?? []).map((capture) => ({ order_id: orderId, amount: capture.raw_amount, currency_code: paid.currency_code, reference: "capture", reference_id: capture.id }))
  if (transactions.length > 0) await container.resolve<IOrderModuleService>(Modules.ORDER).addOrderTransactions(transactions)
  container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Paid order ${orderId}, whose completion was cut short before it authorized payment session ${sessionId}`)
}

const LEASE_SECONDS = 120
const LEASE_WAIT_MS = 60_000
const LEASE_RETRY_MS = 200

/**
 * Runs `job` holding a lease on `key` from Medusa's locking module: a row in
 * PostgreSQL (or a key in Redis), so every commerce instance sees it, and no
 * database connection is held while others wait. The lease expires on its own
 * should this process die holding it (locking-lease takes it back then).
 */
async function withLease<T>(container: MedusaContainer, key: string, job: () => Promise<T>): Promise<T> {
  const locking = container.resolve(Modules.LOCKING)
  const ownerId = randomUUID()
  const giveUpAt = Date.now() + LEASE_WAIT_MS
  for (;;) {
    try {
      await locking.acquire(key, { ownerId, expire: LEASE_SECONDS })
      break
    } catch (error) {
      if (Date.now() >= giveUpAt) throw error
      await new Promise((resolve) => setTimeout(resolve, LEASE_RETRY_MS))
    }
  }
  try {
    return await job()
  } finally {
    await locking.release(key, { ownerId })
  }
}

/** The cart a payment session pays for, if it pays for one. */
export async function cartOfSession(container: MedusaContainer, sessionId: string): Promise<string | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({ entity: "payment_session", fields: ["payment_collection_id"], filters: { id: sessionId } })
  const collectionId = (sessions[0] as { payment_collection_id?: string } | undefined)?.payment_collection_id
  if (!collectionId) return undefined
  const { data: carts } = await query.graph({ entity: "cart_payment_collection", fields: ["cart_id"], filters: { payment_collection_id: collectionId } })
  return (carts[0] as { cart_id?: string } | undefined)?.cart_id
}

/**
 * Emitted when a payment session will not be paid: the gateway reports it
 * failed or closed, or it stayed unpaid too long and was closed. Data: `{ id,
 * cart_id }`, the payment session and the cart it paid for (read before the
 * session may be deleted). Whoever sold through the cart (the appointment) shows it.
 */
export const PAYMENT_FAILED_EVENT = "payment_session.failed"

export async function announcePaymentFailed(container: MedusaContainer, sessionId: string) {
  const cartId = await cartOfSession(container, sessionId)
  await container.resolve(Modules.EVENT_BUS).emit({ name: PAYMENT_FAILED_EVENT, data: { id: sessionId, cart_id: cartId ?? null } })
}

/**
 * Asks the gateway about a session: settled when paid, else the status the
 * gateway's answer left the session in (`pending`, or `canceled`/`error`
 * when the order was closed or the payment failed).
 */
export async function askGateway(container: MedusaContainer, sessionId: string): Promise<Settlement | { outcome: "unpaid"; status: string }> {
  try {
    return await settlePaidSession(container, sessionId)
  } catch (error) {
    if (!(error instanceof MedusaError) || error.type !== MedusaError.Types.NOT_ALLOWED) throw error
    const [session] = await container.resolve<IPaymentModuleService>(Modules.PAYMENT).listPaymentSessions({ id: sessionId }, { select: ["status"] })
    return { outcome: "unpaid", status: session?.status ?? "canceled" }
  }
}
