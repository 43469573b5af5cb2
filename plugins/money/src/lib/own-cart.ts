import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { fenToYuan } from "@doorstep/booking-core"

/** What a cart of its own is for: its metadata names it (`tip_id`, or `balance_for` an appointment). */
export type OwnCartPurpose = { tip_id: string } | { balance_for: string }

/**
 * A cart of its own for money owed after a job (a tip, a deposit booking's
 * balance): one line of `amountFen`, not discountable, no shipping, in the
 * region, sales channel and currency of the appointment's order, for its
 * customer. The customer pays it like a booking (`/store/payment-collections`,
 * a session with the same providers, `/store/carts/:id/complete`); its lines
 * cannot be changed (`ownCartPurpose`). The line's metadata carries `purpose` and
 * `lineMetadata`, for the `order.placed` subscriber that books it.
 */
export async function createOwnCart(
  container: MedusaContainer,
  input: { orderId: string; customerId: string; title: string; amountFen: number; purpose: OwnCartPurpose; lineMetadata?: Record<string, unknown> },
) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["region_id", "sales_channel_id", "email", "currency_code"],
    filters: { id: input.orderId },
  })
  const order = data[0] as { region_id: string; sales_channel_id: string; email: string; currency_code: string }
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: order.region_id,
      sales_channel_id: order.sales_channel_id,
      customer_id: input.customerId,
      email: order.email,
      currency_code: order.currency_code,
      metadata: { ...input.purpose },
      items: [
        {
          title: input.title,
          quantity: 1,
          unit_price: fenToYuan(input.amountFen),
          is_tax_inclusive: true,
          is_discountable: false,
          requires_shipping: false,
          metadata: { ...input.purpose, ...input.lineMetadata },
        },
      ],
    },
  })
  return cart
}

/** What a cart of its own is for (`tip`, `balance`), or null for any other cart: its line is fixed once asked for. */
export async function ownCartPurpose(container: MedusaContainer, cartId: string): Promise<"tip" | "balance" | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["metadata"], filters: { id: cartId } })
  const metadata = (data[0] as { metadata?: Record<string, unknown> | null } | undefined)?.metadata
  return typeof metadata?.tip_id === "string" ? "tip" : typeof metadata?.balance_for === "string" ? "balance" : null
}

/** The lines of a placed order with their amounts in fen (an order line's quantity lives on its order item: `detail` brings it). */
export async function orderLines(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "items.metadata", "items.unit_price", "items.quantity", "items.detail.quantity"],
    filters: { id: orderId },
  })
  const items = (data[0] as { items?: Array<{ metadata?: Record<string, unknown> | null; unit_price: number; quantity: number } | null> } | undefined)?.items ?? []
  return items
    .filter((item): item is NonNullable<typeof item> => Boolean(item))
    .map((item) => ({ metadata: item.metadata ?? {}, fen: Math.round(MathBN.mult(MathBN.mult(item.unit_price, item.quantity), 100).toNumber()) }))
}
