import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { publicBeautician } from "../../../../lib/beauticians"

/**
 * GET /store/beauticians/:id — what a customer may see of a beautician
 * before booking: name, studio, rating, the services they perform and the
 * skills training certified (read through the query graph from the training
 * plugin's certifications, while active). A beautician who is not active, or
 * whose studio is not approved, is 404 `BEAUTICIAN_NOT_FOUND`.
 */
export const GET = handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const [beautician] = await req.scope
    .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    .listBeauticians({ id: req.params.id, status: "active", merchant_bookable: true }, { select: ["id", "display_name", "merchant_handle", "rating", "review_count", "skill_product_ids"] })
  if (!beautician) throw new DomainError(404, "BEAUTICIAN_NOT_FOUND", "没有这位美容师 · No such beautician")
  const { data: certifications } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "certification",
    fields: ["skill", "product_id", "passed_at", "expires_at"],
    filters: { beautician_id: beautician.id, status: "active" },
  })
  res.json({
    beautician: {
      ...publicBeautician(beautician),
      service_product_ids: beautician.skill_product_ids,
      certifications: (certifications as Array<{ skill: string; product_id: string; passed_at: Date; expires_at: Date }>).map((c) => ({
        skill: c.skill,
        product_id: c.product_id,
        passed_at: c.passed_at,
        expires_at: c.expires_at,
      })),
    },
  })
})
