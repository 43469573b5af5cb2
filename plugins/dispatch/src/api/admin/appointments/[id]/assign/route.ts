import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { assignManually } from "../../../../../lib/dispatch"
import { resumeDispatch } from "../../../../../lib/dispatch-runs"
import type { AssignBody } from "../../validators"

/** POST /admin/appointments/:id/assign — staff assign or reassign the job to a beautician, with a reason; a dispatch still waiting ends. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<AssignBody>(req)
  await assignManually(req.scope, { appointmentId: req.params.id, beauticianId: body.beautician_id, actor: `user:${req.auth_context.actor_id}`, reason: body.reason, now: new Date() })
  await resumeDispatch(req.scope, { appointment_id: req.params.id, beautician_id: body.beautician_id, by: "staff" })
  res.json({ assigned: { appointment_id: req.params.id, beautician_id: body.beautician_id } })
})
