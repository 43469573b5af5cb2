import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reschedule } from "../../../../../lib/reschedule"
import { staffAppointment, staffAppointmentDetail } from "../../../../../lib/staff-appointments"
import { handleDomainErrors } from "../../../../domain-error"
import { validated } from "../../../../validation"
import type { StaffRescheduleBody } from "../../validators"

/** POST /admin/appointments/:id/reschedule — staff move it, with a reason, to a time its beautician is free; until the beautician sets off. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<StaffRescheduleBody>(req)
  const { appointment } = await staffAppointment(req)
  const { moved } = await reschedule(req.scope, appointment, body.start, { by: "staff", actor: `user:${req.auth_context.actor_id}`, reason: body.reason })
  res.json({ appointment: await staffAppointmentDetail(req.scope, moved) })
})
