import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { sendStatement } from "../../../../../../lib/statements"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"

/** GET /admin/merchants/:handle/statements/:month — the studio's share of the month, entry by entry, as CSV. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const merchant = await studioOfRoute(req)
  await sendStatement(req, res, { merchant_handle: merchant.handle, account: "merchant" }, merchant.handle)
})
