import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { beauticianOfToken, feedJobs } from "../../../lib/calendar-feed"
import { jobsCalendar } from "../../../lib/calendar-ics"
import { APPOINTMENT_MODULE } from "../../../modules/appointment"
import type AppointmentModuleService from "../../../modules/appointment/service"
import { DomainError, handleDomainErrors } from "../../domain-error"

/**
 * GET /calendar/:token.ics — a beautician's jobs for their phone calendar. No
 * sign-in: the URL's secret token is the key (a calendar app cannot sign in),
 * so an unknown or renewed token finds nothing.
 */
export const GET = handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const token = /^(.+)\.ics$/.exec(req.params.file ?? "")?.[1]
  const beauticianId = token ? await beauticianOfToken(appointments, token) : null
  const [beautician] = beauticianId ? await appointments.listBeauticians({ id: beauticianId }, { select: ["id", "display_name"] }) : []
  if (!beautician) throw new DomainError(404, "CALENDAR_NOT_FOUND", "没有这个日历订阅，可能已更换 · No such calendar feed; it may have been renewed")
  const jobs = await feedJobs(req.scope, beautician.id, Date.now())
  res.setHeader("content-type", "text/calendar; charset=utf-8")
  res.setHeader("content-disposition", 'inline; filename="doorstep-jobs.ics"')
  // Someone else's schedule: never kept by a shared cache.
  res.setHeader("cache-control", "private, no-cache")
  res.send(jobsCalendar({ name: beautician.display_name, timezone: appointments.bookingSettings().timezone, jobs }))
})
