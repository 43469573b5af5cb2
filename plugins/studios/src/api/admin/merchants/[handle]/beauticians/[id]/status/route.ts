import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toZonedIso } from "@doorstep/booking-core"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { redispatchJobsOf } from "@doorstep/dispatch/lib/suspension"
import { merchantOfRoute, merchants } from "../../../../merchants"
import type { BeauticianStatusBody } from "../../../../validators"

/**
 * POST /admin/merchants/:handle/beauticians/:id/status `{ status, reason }` —
 * the studio's manager (or the platform) suspends one of the studio's active
 * beauticians, or reinstates a suspended one, always with a reason, logged.
 * Suspended, they are offered nothing from that moment, and their future
 * confirmed or assigned jobs go back to dispatch at once (re-offered to
 * others, or queued for the studio); the answer lists those and the jobs
 * they are already on (en route, arrived, in service), which stay theirs.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<BeauticianStatusBody>(req)
  const merchant = await merchantOfRoute(req)
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const [beautician] = await appointments.listBeauticians({ id: req.params.id, merchant_handle: merchant.handle }, { select: ["id", "status"] })
  if (!beautician) throw new DomainError(404, "BEAUTICIAN_NOT_FOUND", `No beautician ${req.params.id} at ${merchant.handle}`)
  const from = body.status === "suspended" ? "active" : "suspended"
  if (beautician.status !== from) throw new DomainError(409, "INVALID_TRANSITION", `A beautician who is ${beautician.status} cannot become ${body.status}`)
  await appointments.updateBeauticians({ id: beautician.id, status: body.status })
  await merchants(req).recordDecision({ subject_type: "beautician", subject_id: beautician.id, from_status: from, to_status: body.status, actor: `user:${req.auth_context.actor_id}`, reason: body.reason })
  const timezone = appointments.bookingSettings().timezone
  const at = (date: Date) => toZonedIso(new Date(date).getTime(), timezone)
  const { redispatched, left } =
    body.status === "suspended"
      ? await redispatchJobsOf(req.scope, { beauticianId: beautician.id, actor: `user:${req.auth_context.actor_id}`, reason: body.reason, now: new Date() })
      : { redispatched: [], left: [] }
  res.json({
    beautician: { id: beautician.id, status: body.status },
    redispatched_jobs: redispatched.map((job) => ({ id: job.id, was: job.status, start: at(job.starts_at), outcome: job.outcome, beautician_id: job.beautician_id })),
    jobs_under_way: left.map((job) => ({ id: job.id, status: job.status, start: at(job.starts_at) })),
  })
})
