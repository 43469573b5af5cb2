import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { DISPATCH_MODULE, type DispatchModuleService } from "../../../../../modules/dispatch"

/** GET /admin/appointments/:id/dispatch — every offer and decision for the appointment, oldest first; an appointment that does not exist is 404. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [appointment] = await req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listAppointments({ id: req.params.id }, { select: ["id"] })
  if (!appointment) throw new DomainError(404, "APPOINTMENT_NOT_FOUND", `No appointment ${req.params.id}`)
  const dispatch = req.scope.resolve<DispatchModuleService>(DISPATCH_MODULE)
  const [offers, decisions] = await Promise.all([
    dispatch.listOffers({ appointment_id: req.params.id }, { order: { created_at: "ASC" } }),
    dispatch.listDispatchDecisions({ appointment_id: req.params.id }, { order: { created_at: "ASC" } }),
  ])
  res.json({ offers, decisions })
})
