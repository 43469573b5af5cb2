import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toZonedIso } from "@doorstep/booking-core"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { merchantOfRoute, merchants } from "../../../../merchants"
import type { BeauticianStatusBody } from "../../../../validators"

/**
 * POST /admin/merchants/:handle/beauticians/:id/status `{ status, reason }` —
 * the studio's manager (or the platform) suspends one of the studio's active
 * beauticians, or reinstates a suspended one, always with a reason, logged.
 * Suspended, they are offered nothing from that moment; the answer lists
 * their upcoming jobs, which staff should reassign.
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
  const upcoming =
    body.status === "suspended"
      ? await appointments.listAppointments({ beautician_id: beautician.id, status: ["confirmed", "assigned"], starts_at: { $gt: new Date() } }, { select: ["id", "status", "starts_at"], order: { starts_at: "ASC" } })
      : []
  res.json({
    beautician: { id: beautician.id, status: body.status },
    upcoming_jobs: upcoming.map((a) => ({ id: a.id, status: a.status, start: toZonedIso(new Date(a.starts_at).getTime(), timezone) })),
  })
})
