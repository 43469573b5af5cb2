import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownAppointment } from "../../../../lib/own-appointment"
import { handleDomainErrors } from "../../../domain-error"
import { serializeAppointment } from "../serialize"

/** GET /store/appointments/:id — only the customer's own; anyone else's is "not found", not "forbidden". */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { appointment, appointments } = await ownAppointment(req)
  res.json({ appointment: serializeAppointment(appointment, appointments.bookingSettings().timezone) })
})
