import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamLiveEvents } from "../../../../../lib/live-events"
import { ownAppointment } from "../../../../../lib/own-appointment"
import { handleDomainErrors } from "../../../../domain-error"

/** GET /store/appointments/:id/events — server-sent `status` events of the customer's own appointment as it moves. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { appointment } = await ownAppointment(req)
  await streamLiveEvents(req, res, (event) =>
    event.kind === "appointment" && event.appointment_id === appointment.id ? { name: "status", data: { appointment_id: event.appointment_id, status: event.status, at: event.at } } : undefined,
  )
})
