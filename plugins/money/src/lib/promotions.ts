import type { MedusaContainer } from "@medusajs/framework/types"
import { BOOKED_STATUSES } from "@doorstep/appointments/lib/first-booking"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"

export { FIRST_BOOKING_RULE } from "@doorstep/appointments/lib/first-booking"

/**
 * What our promotions' rules may ask about a cart beyond Medusa's own
 * context, under the `doorstep` key: whether this is the customer's first
 * booking (`FIRST_BOOKING_RULE`).
 */

export async function promotionContext(container: MedusaContainer, customerId: string | undefined) {
  if (!customerId) return { doorstep: { first_booking: "false" } }
  const booked = await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listAppointments({ customer_id: customerId, status: [...BOOKED_STATUSES] }, { select: ["id"], take: 1 })
  return { doorstep: { first_booking: booked.length === 0 ? "true" : "false" } }
}
