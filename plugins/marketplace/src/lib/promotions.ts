import type { MedusaContainer } from "@medusajs/framework/types"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"

/**
 * What our promotions' rules may ask about a cart beyond Medusa's own
 * context, under the `doorstep` key: whether this is the customer's first
 * booking (they have never had a visit booked, kept or done; a cancelled one
 * does not count). A promotion for first bookings carries the rule
 * `doorstep.first_booking eq "true"`.
 */
export const FIRST_BOOKING_RULE = { attribute: "doorstep.first_booking", operator: "eq" as const, values: ["true"] }

const BOOKED = ["confirmed", "assigned", "en_route", "arrived", "in_service", "completed", "no_show"] as const

export async function promotionContext(container: MedusaContainer, customerId: string | undefined) {
  if (!customerId) return { doorstep: { first_booking: "false" } }
  const booked = await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listAppointments({ customer_id: customerId, status: [...BOOKED] }, { select: ["id"], take: 1 })
  return { doorstep: { first_booking: booked.length === 0 ? "true" : "false" } }
}
