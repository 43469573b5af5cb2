import type { IOrderModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Deletes the orders an earlier completion of `cartId` created before its
 * process died, and returns their ids.
 *
 * Medusa's cart completion creates the order first, then links it to the cart
 * and the payment collection, then authorizes the payment. A process killed
 * (kill -9, the OOM killer) between the first step and the links leaves a
 * `pending` order with the cart's lines, no cart and no payment; the
 * compensation that would have deleted it never ran. Left alone, completing
 * the cart again places a second, paid order beside it, and the customer and
 * the merchant see two orders for one booking.
 *
 * Only a completion of the same cart calls this, from its validate hook:
 * Medusa holds its lease on the cart by then, so no live completion can be
 * creating one of these orders. An order of the cart's customer holding one
 * of the cart's appointments and linked to no cart can only be such an
 * orphan, and it is deleted as the dead completion's compensation would have
 * deleted it (the order module's `deleteOrders`, as `createOrdersStep` does).
 */
export async function deleteDeadCompletionOrders(
  container: MedusaContainer,
  cart: { id: string; customerId: string | undefined },
  appointments: Array<{ id: string; created_at: Date }>,
): Promise<string[]> {
  if (!cart.customerId || appointments.length === 0) return []
  const orderModule = container.resolve<IOrderModuleService>(Modules.ORDER)
  // An order holding an appointment cannot be older than the appointment.
  const since = new Date(Math.min(...appointments.map((a) => new Date(a.created_at).getTime())))
  const orders = await orderModule.listOrders(
    { customer_id: cart.customerId, created_at: { $gte: since.toISOString() } },
    { select: ["id", "status", "is_draft_order"], relations: ["items"] },
  )
  const appointmentIds = new Set(appointments.map((a) => a.id))
  // A completion creates its order `pending`, never as a draft.
  const holding = orders.filter((order) => order.status === "pending" && !order.is_draft_order && (order.items ?? []).some((item) => appointmentIds.has((item.metadata as { appointment_id?: unknown } | null)?.appointment_id as string)))
  if (holding.length === 0) return []
  const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order_cart",
    fields: ["order_id"],
    filters: { order_id: holding.map((order) => order.id) },
  })
  const linked = new Set((links as Array<{ order_id: string }>).map((link) => link.order_id))
  const orphans = holding.map((order) => order.id).filter((id) => !linked.has(id))
  if (orphans.length === 0) return []
  await orderModule.deleteOrders(orphans)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`Deleted order(s) ${orphans.join(", ")} left without cart or payment by a completion of cart ${cart.id} that was cut short; completing it again`)
  return orphans
}
