import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listStaffAppointments } from "../../../lib/staff-appointments"
import { handleDomainErrors } from "../../domain-error"
import { studioScope } from "../../studio-of-route"
import { validated } from "../../validation"
import type { AppointmentListQuery } from "./validators"

/** GET /admin/appointments — the studio's appointments (the platform: every studio's, or one's), filtered, sorted and paged on the server. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { merchant_handle, ...query } = validated<AppointmentListQuery>(req)
  const studio = await studioScope(req, merchant_handle)
  const { count, appointments } = await listStaffAppointments(req.scope, { ...query, studio })
  res.json({ merchant_handle: studio, count, limit: query.limit, offset: query.offset, appointments })
})
