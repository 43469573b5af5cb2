import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { appointmentIdsOf } from "@doorstep/appointments/lib/cart-appointments"
import { runDispatch } from "../lib/dispatch-runs"

/** Once an order is placed, each of its appointments gets its stored dispatch run, which offers it to a beautician. */
export default async function dispatchPaidAppointments({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["items.metadata"], filters: { id: event.data.id } })
  for (const id of appointmentIdsOf(data[0]?.items as Array<{ metadata?: Record<string, unknown> | null } | null> | undefined)) {
    await runDispatch(container, id)
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
