import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reschedule } from "../../../../../lib/reschedule"
import { handleDomainErrors } from "../../../../domain-error"
import { validated } from "../../../../validation"
import { serializeAppointment } from "../../serialize"
import type { RescheduleBody } from "./validators"

/** POST /store/appointments/:id/reschedule — the new time is secured before the old one is given up. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { moved, timezone } = await reschedule(req, validated<RescheduleBody>(req).start)
  res.json({ appointment: serializeAppointment(moved, timezone) })
})
