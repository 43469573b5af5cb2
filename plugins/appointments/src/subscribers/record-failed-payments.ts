import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { appointmentIdsOf } from "../lib/cart-appointments"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"

/**
 * The gateway says a payment will not come (it failed, or its order was
 * closed): appointments still awaiting that payment read `failed`. A later
 * successful payment of the same cart (a fresh session) still confirms them.
 */
export default async function recordFailedPayments({ event, container }: SubscriberArgs<{ id: string; cart_id: string | null }>) {
  if (!event.data.cart_id) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["items.metadata"], filters: { id: event.data.cart_id } })
  const ids = appointmentIdsOf((data[0] as { items?: Array<{ metadata?: Record<string, unknown> | null }> } | undefined)?.items)
  if (ids.length === 0) return
  await container
    .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    .updateAppointments({ selector: { id: ids, payment_status: "pending" }, data: { payment_status: "failed" } })
}

// The event @doorstep/china-payments emits (PAYMENT_FAILED_EVENT); named here so this plugin does not depend on that one.
export const config: SubscriberConfig = { event: "payment_session.failed" }
