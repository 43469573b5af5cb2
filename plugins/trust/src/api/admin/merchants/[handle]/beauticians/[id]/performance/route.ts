import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"
import { validated } from "@doorstep/appointments/api/validation"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { beauticianPerformance } from "../../../../../../../lib/performance"
import type { PerformanceQuery } from "../../../../../../pro/performance/validators"

/** GET /admin/merchants/:handle/beauticians/:id/performance?days=30 — how one of the studio's beauticians has done; another studio's is 404, and so is a studio that does not exist. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { days } = validated<PerformanceQuery>(req)
  await studioOfRoute(req)
  const [beautician] = await req.scope
    .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    .listBeauticians({ id: req.params.id, merchant_handle: req.params.handle }, { select: ["id"] })
  if (!beautician) throw new DomainError(404, "BEAUTICIAN_NOT_FOUND", "您的门店没有这位美容师 · No such beautician in your studio")
  res.json({ performance: await beauticianPerformance(req.scope, beautician.id, days) })
})
