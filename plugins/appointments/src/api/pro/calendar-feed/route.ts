import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { calendarFeedToken, calendarFeedUrl } from "../../../lib/calendar-feed"
import { APPOINTMENT_MODULE } from "../../../modules/appointment"
import type AppointmentModuleService from "../../../modules/appointment/service"
import { handleDomainErrors } from "../../domain-error"

/** GET /pro/calendar-feed — the secret URL of the beautician's jobs as an iCalendar feed (made on the first call, the same afterwards). */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const token = await calendarFeedToken(appointments, req.auth_context.actor_id)
  res.json({ url: calendarFeedUrl(appointments, `${req.protocol}://${req.get("host")}`, token) })
})
