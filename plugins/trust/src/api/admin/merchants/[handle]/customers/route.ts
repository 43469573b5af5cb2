import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"
import { validated } from "@doorstep/appointments/api/validation"
import { listStudioCustomers } from "../../../../../lib/studio-customers"
import type { StudioCustomerListQuery } from "./validators"

/** GET /admin/merchants/:handle/customers — who has booked with the studio, with visits, spend, segments and tags (read logged). */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { handle } = await studioOfRoute(req)
  res.json(await listStudioCustomers(req.scope, handle, validated<StudioCustomerListQuery>(req)))
})
