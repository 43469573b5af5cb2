import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { appointmentIdsOf } from "../lib/cart-appointments"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"

/** When an order is placed, its appointments learn which order paid for them. */
export default async function recordAppointmentOrders({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "items.metadata"], filters: { id: event.data.id } })
  const ids = appointmentIdsOf(data[0]?.items as Array<{ metadata?: Record<string, unknown> | null } | null> | undefined)
  if (ids.length === 0) return
  await container
    .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    .updateAppointments({ selector: { id: ids }, data: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
