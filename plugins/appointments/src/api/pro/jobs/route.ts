import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { localDateSpan } from "../../../lib/date-span"
import { JOB_STATUSES, serializeJob } from "../../../lib/jobs"
import { APPOINTMENT_MODULE } from "../../../modules/appointment"
import type AppointmentModuleService from "../../../modules/appointment/service"
import type { DateSpanQuery } from "../../schedule/validators"
import { validated } from "../../validation"

const DAY = 86_400_000

/**
 * GET /pro/jobs[?from&to] — the signed-in beautician's jobs, soonest first:
 * those starting on the local dates `from`–`to` (a day or week view), else
 * from yesterday to a week ahead.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const now = Date.now()
  const timezone = appointments.bookingSettings().timezone
  const span = validated<DateSpanQuery>(req)
  const { start, end } = span.from && span.to ? localDateSpan({ from: span.from, to: span.to }, timezone) : { start: new Date(now - DAY), end: new Date(now + 8 * DAY) }
  const jobs = await appointments.listAppointments(
    { beautician_id: req.auth_context.actor_id, status: [...JOB_STATUSES], starts_at: { $gte: start, $lt: end } },
    { order: { starts_at: "ASC" }, take: 200 },
  )
  res.json({ jobs: jobs.map((job) => serializeJob(job, timezone, now)), timezone })
}
