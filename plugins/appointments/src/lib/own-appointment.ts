import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { DomainError } from "../api/domain-error"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"

/** The signed-in customer's appointment by id; anyone else's is "not found", never "forbidden". */
export async function ownAppointment(req: AuthenticatedMedusaRequest) {
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const [appointment] = await appointments.listAppointments({ id: req.params.id, customer_id: req.auth_context.actor_id })
  if (!appointment) throw new DomainError(404, "APPOINTMENT_NOT_FOUND", `No appointment ${req.params.id}`)
  return { appointment, appointments }
}
