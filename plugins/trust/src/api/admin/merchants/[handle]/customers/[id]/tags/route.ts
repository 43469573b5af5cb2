import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"
import { validated } from "@doorstep/appointments/api/validation"
import { CLIENTELE_MODULE, type ClienteleModuleService } from "../../../../../../../modules/clientele"
import { studioCustomerFigures } from "../../../../../../../lib/studio-customers"
import type { StudioCustomerTagsBody } from "../../validators"

/** POST /admin/merchants/:handle/customers/:id/tags — replaces the studio's tags for the customer (the studio's alone). */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { tags } = validated<StudioCustomerTagsBody>(req)
  const { handle } = await studioOfRoute(req)
  await studioCustomerFigures(req.scope, handle, req.params.id)
  res.json({ tags: await req.scope.resolve<ClienteleModuleService>(CLIENTELE_MODULE).setStudioCustomerTags(handle, req.params.id, tags) })
})
