import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { APPOINTMENT_MODULE } from "../../../../modules/appointment"
import type AppointmentModuleService from "../../../../modules/appointment/service"
import { DomainError, handleDomainErrors } from "../../../domain-error"
import { serializeAppointment } from "../serialize"

/** GET /store/appointments/:id — only the customer's own; anyone else's is "not found", not "forbidden". */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const [appointment] = await appointments.listAppointments({ id: req.params.id, customer_id: req.auth_context.actor_id })
  if (!appointment) throw new DomainError(404, "APPOINTMENT_NOT_FOUND", `No appointment ${req.params.id}`)
  res.json({ appointment: serializeAppointment(appointment, appointments.bookingSettings().timezone) })
})
