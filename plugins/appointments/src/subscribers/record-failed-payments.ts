import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { appointmentIdsOf } from "../lib/cart-appointments"
import { APPOINTMENT_CANCELLED_EVENT, APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"

type Query = { graph(config: { entity: string; fields: string[]; filters: Record<string, unknown> }): Promise<{ data: unknown[] }> }

/** The order a cart became, if it did, and whether any of its payments was captured. */
async function orderOf(query: Query, cartId: string) {
  const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  const id = (links[0] as { order_id?: string } | undefined)?.order_id
  if (!id) return undefined
  const { data } = await query.graph({ entity: "order", fields: ["id", "payment_collections.payments.captured_at"], filters: { id } })
  const collections = (data[0] as { payment_collections?: Array<{ payments?: Array<{ captured_at?: Date | null }> }> } | undefined)?.payment_collections ?? []
  return { id, paid: collections.some((collection) => (collection.payments ?? []).some((payment) => Boolean(payment.captured_at))) }
}

/**
 * The gateway says a payment will not come (it failed, or its order was
 * closed): appointments still awaiting that payment read `failed`. A later
 * successful payment of the same cart (a fresh session) still confirms them.
 *
 * A cart can have become an order nobody paid for: a completion cut short
 * (kill -9) after Medusa placed the order and before it authorized the
 * payment, which Medusa does last. Its appointments were confirmed, and with
 * the payment never coming they are cancelled and their times freed, and the
 * order is cancelled, so nobody is sent to a booking that was never paid.
 */
export default async function recordFailedPayments({ event, container }: SubscriberArgs<{ id: string; cart_id: string | null }>) {
  if (!event.data.cart_id) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const { data } = await query.graph({ entity: "cart", fields: ["items.metadata"], filters: { id: event.data.cart_id } })
  const ids = appointmentIdsOf((data[0] as { items?: Array<{ metadata?: Record<string, unknown> | null }> } | undefined)?.items)
  if (ids.length === 0) return
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  await appointments.updateAppointments({ selector: { id: ids, payment_status: "pending" }, data: { payment_status: "failed" } })
  const order = await orderOf(query, event.data.cart_id)
  if (order && !order.paid) await cancelUnpaidOrder(container, order.id, ids)
}

async function cancelUnpaidOrder(container: MedusaContainer, orderId: string, appointmentIds: string[]) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const confirmed = await appointments.listAppointments({ id: appointmentIds, status: "confirmed" }, { select: ["id"] })
  const now = new Date()
  for (const { id } of confirmed) {
    await appointments.cancelAppointment({ id, expected_status: "confirmed", now, fee_fen: 0, refund_fen: 0, actor: "system", reason: "付款未到账 · The payment never arrived" })
  }
  if (confirmed.length > 0) {
    await appointments.updateAppointments({ selector: { id: confirmed.map((a) => a.id) }, data: { payment_status: "failed", paid_fen: null } })
    await container.resolve(Modules.EVENT_BUS).emit(confirmed.map(({ id }) => ({ name: APPOINTMENT_CANCELLED_EVENT, data: { id } })))
  }
  await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
  container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Cancelled order ${orderId} and its ${confirmed.length} appointment(s): placed by a completion cut short before payment, and never paid`)
}

// The event @doorstep/china-payments emits (PAYMENT_FAILED_EVENT); named here so this plugin does not depend on that one.
export const config: SubscriberConfig = { event: "payment_session.failed" }
