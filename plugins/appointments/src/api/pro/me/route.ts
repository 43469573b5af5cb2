import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadBeautician, weeklyOf } from "../../../lib/schedule-changes"
import { APPOINTMENT_MODULE } from "../../../modules/appointment"
import type AppointmentModuleService from "../../../modules/appointment/service"
import { handleDomainErrors } from "../../domain-error"

/** GET /pro/me — who the signed-in beautician is, and their hours. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const beautician = await loadBeautician(req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE), req.auth_context.actor_id)
  res.json({
    beautician: {
      id: beautician.id,
      handle: beautician.handle,
      display_name: beautician.display_name,
      status: beautician.status,
      timezone: beautician.timezone,
      service_radius_km: beautician.service_radius_km,
      weekly: weeklyOf(beautician),
    },
  })
})
