import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { appointmentIdsOf } from "../lib/cart-appointments"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"

interface RefundedPayment {
  amount: number
  refunds?: Array<{ amount: number }>
  payment_collection?: { order?: { id: string } | null; cart?: { items?: Array<{ metadata?: Record<string, unknown> | null }> } | null }
}

/**
 * A payment refunded before its cart became an order (paid after the hold
 * lapsed, and the time was taken): the customer sees on the appointment that
 * the money went back. Refunds of orders are recorded where they are made,
 * by cancellation.
 */
export default async function recordCartRefunds({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment",
    fields: ["amount", "refunds.amount", "payment_collection.order.id", "payment_collection.cart.items.metadata"],
    filters: { id: event.data.id },
  })
  const payment = data[0] as RefundedPayment | undefined
  if (!payment || payment.payment_collection?.order?.id) return
  const ids = appointmentIdsOf(payment.payment_collection?.cart?.items)
  if (ids.length === 0) return
  const refunded = (payment.refunds ?? []).reduce((sum, r) => MathBN.add(sum, r.amount), MathBN.convert(0))
  await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).updateAppointments({
    selector: { id: ids },
    data: { refund_fen: Math.round(MathBN.mult(refunded, 100).toNumber()), payment_status: MathBN.gte(refunded, payment.amount) ? "refunded" : "partially_refunded" },
  })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
