import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TAKEN_STATUSES } from "@doorstep/booking-core"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { ownAppointment } from "@doorstep/appointments/lib/own-appointment"
import { DISPATCH_MODULE, type DispatchModuleService } from "../../../../../modules/dispatch"

/**
 * Where finding the customer's beautician stands, as the customer may know it:
 * `finding` (an offer is out), `waiting_for_merchant` (nobody took it; the
 * studio's staff will assign someone), `assigned`, or `none` (not paid, or no
 * longer on). Never who was asked or why they declined.
 */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { appointment } = await ownAppointment(req)
  const dispatch = req.scope.resolve<DispatchModuleService>(DISPATCH_MODULE)
  let state: "finding" | "waiting_for_merchant" | "assigned" | "none" = "none"
  if ((TAKEN_STATUSES as readonly string[]).includes(appointment.status)) state = "assigned"
  else if (appointment.status === "confirmed") {
    const live = await dispatch.listOffers({ appointment_id: appointment.id, status: "pending" }, { select: ["id"], take: 1 })
    const [last] = await dispatch.listDispatchDecisions({ appointment_id: appointment.id }, { select: ["action"], order: { created_at: "DESC" }, take: 1 })
    state = live.length === 0 && last?.action === "queued" ? "waiting_for_merchant" : "finding"
  }
  res.json({ dispatch: { appointment_id: appointment.id, state, beautician_id: state === "assigned" ? appointment.beautician_id : null } })
})
