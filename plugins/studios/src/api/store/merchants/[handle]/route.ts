import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { publicMerchant } from "../../../../lib/merchant-settings"
import { listStudioServices } from "../../../../lib/studio-services"
import { MERCHANT_MODULE, type MerchantModuleService } from "../../../../modules/merchant"

/** GET /store/merchants/:handle — an approved studio as customers see it: where, when, which districts, its cancellation terms, and its own published services. */
export const GET = handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const [merchant] = await req.scope.resolve<MerchantModuleService>(MERCHANT_MODULE).listMerchants({ handle: req.params.handle, status: "approved" })
  if (!merchant) throw new DomainError(404, "MERCHANT_NOT_FOUND", `No studio ${req.params.handle}`)
  res.json({ merchant: await publicMerchant(req.scope, merchant as never), services: await listStudioServices(req.scope, merchant.handle, { publishedOnly: true }) })
})
