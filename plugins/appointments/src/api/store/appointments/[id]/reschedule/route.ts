import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownAppointment } from "../../../../../lib/own-appointment"
import { reschedule } from "../../../../../lib/reschedule"
import { handleDomainErrors } from "../../../../domain-error"
import { validated } from "../../../../validation"
import { serializeAppointment } from "../../serialize"
import type { RescheduleBody } from "./validators"

/** POST /store/appointments/:id/reschedule — the new time is secured before the old one is given up. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { appointment } = await ownAppointment(req)
  const { moved, timezone } = await reschedule(req.scope, appointment, validated<RescheduleBody>(req).start, { by: "customer", actor: `customer:${req.auth_context.actor_id}` })
  res.json({ appointment: serializeAppointment(moved, timezone) })
})
