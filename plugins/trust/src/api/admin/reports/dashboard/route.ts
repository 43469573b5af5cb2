import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffOfRequest } from "@doorstep/accounts/lib/staff-gate"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validate, validated } from "@doorstep/appointments/api/validation"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { dashboard } from "../../../../lib/reports/dashboard"
import { reportScope } from "../../../../lib/reports/scope"
import { DashboardQuery } from "../validators"

const answer = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { merchant_handle } = validated<DashboardQuery>(req)
  const zone = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).bookingSettings().timezone
  const scope = await reportScope(req.scope, staffOfRequest(req), merchant_handle)
  res.json({ dashboard: await dashboard(req.scope, scope, zone, new Date()) })
})

/**
 * GET /admin/reports/dashboard — the back office's first screen: the
 * reports' totals for today, 7 and 30 days, and the rating trend. It
 * validates its query itself: Medusa orders static routes before the
 * `/admin/reports/:report` middlewares, which never reach it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  let valid = false
  validate("query", DashboardQuery)(req, res, () => {
    valid = true
  })
  if (valid) await answer(req, res)
}
