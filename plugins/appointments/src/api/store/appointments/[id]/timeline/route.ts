import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toZonedIso } from "@doorstep/booking-core"
import { ownAppointment } from "../../../../../lib/own-appointment"
import { handleDomainErrors } from "../../../../domain-error"

/** Who moved the appointment, as the customer may know it: a kind, never a staff member's id. */
const actorKind = (actor: string) => actor.split(":")[0]

/** GET /store/appointments/:id/timeline — every step of the customer's own appointment, oldest first. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { appointment, appointments } = await ownAppointment(req)
  const timezone = appointments.bookingSettings().timezone
  const events = await appointments.listAppointmentEvents({ appointment_id: appointment.id }, { order: { at: "ASC" } })
  res.json({
    timeline: events.map((event) => ({ status: event.status, from_status: event.from_status, by: actorKind(event.actor), at: toZonedIso(new Date(event.at).getTime(), timezone) })),
  })
})
