import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffAppointment, staffAppointmentDetail } from "../../../../lib/staff-appointments"
import { handleDomainErrors } from "../../../domain-error"

/** GET /admin/appointments/:id — one appointment with its timeline, changes, money, service record and what staff may do with it. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { appointment } = await staffAppointment(req)
  res.json({ appointment: await staffAppointmentDetail(req.scope, appointment) })
})
