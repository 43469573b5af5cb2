import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { BEAUTICIAN_EVENTS } from "@doorstep/appointments/lib/beautician-events"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { Modules } from "@medusajs/framework/utils"
import { staffOfRequest } from "@doorstep/accounts/lib/staff-gate"
import { ApplicationChangedError, type ApplicationStatus } from "../../../../../../../modules/merchant"
import { merchantOfRoute, merchants } from "../../../../merchants"
import type { ApplicationDecisionBody } from "../../../../validators"

/**
 * POST /admin/merchants/:handle/beautician-applications/:id/decide
 * `{ decision, reason }` — the studio's manager decides first (a submitted
 * application), the platform second (one the studio approved); rejecting
 * needs a reason. Approved by both, the beautician becomes active and
 * bookable (while the studio is). One decision counts when two come at once.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<ApplicationDecisionBody>(req)
  const merchant = await merchantOfRoute(req)
  const stage: ApplicationStatus = staffOfRequest(req)?.role === "platform_admin" ? "merchant_approved" : "submitted"
  const to: ApplicationStatus = body.decision === "reject" ? "rejected" : stage === "submitted" ? "merchant_approved" : "approved"
  let application
  try {
    application = await merchants(req).moveApplication({ id: req.params.id, merchant_handle: merchant.handle, from: stage, to, actor: `user:${req.auth_context.actor_id}`, reason: body.reason ?? null })
  } catch (error) {
    if (!(error instanceof ApplicationChangedError)) throw error
    const [current] = await merchants(req).listBeauticianApplications({ id: req.params.id, merchant_handle: merchant.handle }, { select: ["status"] })
    if (!current) throw new DomainError(404, "APPLICATION_NOT_FOUND", `No application ${req.params.id} at ${merchant.handle}`)
    throw new DomainError(409, "INVALID_TRANSITION", `An application that is ${current.status} is not yours to decide now`)
  }
  if (to === "approved") {
    await req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).updateBeauticians({ id: application.beautician_id, status: "active" })
    await req.scope.resolve(Modules.EVENT_BUS).emit({ name: BEAUTICIAN_EVENTS.approved, data: { id: application.beautician_id } })
  }
  res.json({ application: { id: application.id, status: application.status, beautician_id: application.beautician_id } })
})
