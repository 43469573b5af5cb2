import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"

/** Appointments looked at in one go. */
const BATCH_SIZE = 500

/**
 * Records the order of paid appointments whose `order.placed` was lost.
 * Completion confirms an appointment with the cart it completes, and the
 * order it places is recorded on the appointment by a subscriber, which runs
 * only in the process that placed the order: a process killed in between
 * (kill -9, the OOM killer) leaves a confirmed appointment with no order on
 * record, which cancellation could not refund and dispatch would never see.
 * Each one confirmed before `quietSince` whose cart did become an order gets
 * that order. Returns the appointments updated.
 */
export async function recordLostOrders(container: MedusaContainer, quietSince: Date): Promise<string[]> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const orphans = await appointments.listAppointments(
    { status: "confirmed", order_id: null, completing_cart_id: { $ne: null }, updated_at: { $lt: quietSince } },
    { select: ["id", "completing_cart_id"], take: BATCH_SIZE },
  )
  if (orphans.length === 0) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order_cart",
    fields: ["cart_id", "order_id"],
    filters: { cart_id: [...new Set(orphans.map((a) => a.completing_cart_id as string))] },
  })
  const orderOf = new Map((data as Array<{ cart_id: string; order_id: string }>).map((link) => [link.cart_id, link.order_id]))
  const found = orphans.filter((a) => orderOf.has(a.completing_cart_id as string)).map((a) => ({ id: a.id, order_id: orderOf.get(a.completing_cart_id as string)! }))
  if (found.length > 0) await appointments.updateAppointments(found)
  return found.map((a) => a.id)
}
