import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { JOB_STATUSES, serializeJob } from "../../../lib/jobs"
import { APPOINTMENT_MODULE } from "../../../modules/appointment"
import type AppointmentModuleService from "../../../modules/appointment/service"

const DAY = 86_400_000

/** GET /pro/jobs — the signed-in beautician's jobs from yesterday to a week ahead, soonest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const now = Date.now()
  const jobs = await appointments.listAppointments(
    { beautician_id: req.auth_context.actor_id, status: [...JOB_STATUSES], starts_at: { $gte: new Date(now - DAY), $lt: new Date(now + 8 * DAY) } },
    { order: { starts_at: "ASC" }, take: 200 },
  )
  const timezone = appointments.bookingSettings().timezone
  res.json({ jobs: jobs.map((job) => serializeJob(job, timezone, now)), timezone })
}
