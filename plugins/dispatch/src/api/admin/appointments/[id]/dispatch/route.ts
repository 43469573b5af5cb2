import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DISPATCH_MODULE, type DispatchModuleService } from "../../../../../modules/dispatch"

/** GET /admin/appointments/:id/dispatch — every offer and decision for the appointment, oldest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const dispatch = req.scope.resolve<DispatchModuleService>(DISPATCH_MODULE)
  const [offers, decisions] = await Promise.all([
    dispatch.listOffers({ appointment_id: req.params.id }, { order: { created_at: "ASC" } }),
    dispatch.listDispatchDecisions({ appointment_id: req.params.id }, { order: { created_at: "ASC" } }),
  ])
  res.json({ offers, decisions })
}
