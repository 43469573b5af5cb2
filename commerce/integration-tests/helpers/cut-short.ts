import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Where a cart completion killed with kill -9 stops, step by step as Medusa's
 * `completeCartWorkflow` runs them: the appointments confirmed for the cart
 * (our validate hook), then the order created from the cart's lines, then the
 * order linked to the cart and its payment collection. The payment is
 * authorized last, so every stage leaves it unauthorized.
 */
export type CutShortStage = "confirmed" | "order created" | "order linked"

/**
 * Leaves `cartId` as a completion killed after `stage` leaves it, with
 * `paidFen` on its appointments. Returns the order it created, if it got that far.
 */
export async function cutShortCompletion(container: MedusaContainer, cartId: string, appointmentId: string, stage: CutShortStage, paidFen = 21800): Promise<string | undefined> {
  await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).confirmHolds([{ id: appointmentId, paid_fen: paidFen }], new Date(), { cartId })
  if (stage === "confirmed") return undefined
  const { data: carts } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: ["id", "region_id", "customer_id", "sales_channel_id", "email", "currency_code", "items.*", "payment_collection.id"], filters: { id: cartId } })
  const { items, payment_collection, ...cart } = carts[0] as Record<string, unknown> & {
    items: Array<{ title: string; variant_id: string; product_id: string; quantity: number; unit_price: number; is_tax_inclusive: boolean; metadata: Record<string, unknown> }>
    payment_collection?: { id: string } | null
  }
  const [order] = await container.resolve(Modules.ORDER).createOrders([
    {
      ...cart,
      id: undefined,
      status: "pending",
      items: items.map(({ title, variant_id, product_id, quantity, unit_price, is_tax_inclusive, metadata }) => ({ title, variant_id, product_id, quantity, unit_price, is_tax_inclusive, metadata })),
    } as never,
  ])
  if (stage === "order created") return order.id
  await container.resolve(ContainerRegistrationKeys.LINK).create([
    { [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: cartId } },
    ...(payment_collection ? [{ [Modules.ORDER]: { order_id: order.id }, [Modules.PAYMENT]: { payment_collection_id: payment_collection.id } }] : []),
  ])
  await container.resolve(Modules.CART).updateCarts(cartId, { completed_at: new Date() })
  return order.id
}
