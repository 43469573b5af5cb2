import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { calendarFeedUrl, renewCalendarFeed } from "../../../../lib/calendar-feed"
import { APPOINTMENT_MODULE } from "../../../../modules/appointment"
import type AppointmentModuleService from "../../../../modules/appointment/service"
import { handleDomainErrors } from "../../../domain-error"

/** POST /pro/calendar-feed/renew — a new secret URL for the feed; the old one answers 404 from now on. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const token = await renewCalendarFeed(appointments, req.auth_context.actor_id)
  res.json({ url: calendarFeedUrl(appointments, `${req.protocol}://${req.get("host")}`, token) })
})
