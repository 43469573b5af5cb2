import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { isCreditCode } from "../../../../../lib/credit-code"
import { MERCHANT_STATUSES, documentsEditable } from "../../../../../lib/merchant-status"
import { MerchantChangedError } from "../../../../../modules/merchant"
import { merchantOfRoute, merchants, serializeMerchant } from "../../merchants"
import type { MerchantDocumentsBody } from "../../validators"

/** POST /admin/merchants/:handle/documents — the business licence: legal name, unified social credit code, the licence's image; before approval only. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<MerchantDocumentsBody>(req)
  if (!isCreditCode(body.credit_code)) throw new DomainError(400, "INVALID_CREDIT_CODE", "统一社会信用代码有误 · That is not a valid unified social credit code", "credit_code")
  const merchant = await merchantOfRoute(req)
  try {
    const changed = await merchants(req).replaceDocuments({ handle: merchant.handle, editable: MERCHANT_STATUSES.filter(documentsEditable), ...body })
    res.json({ merchant: await serializeMerchant(req, changed as unknown as Record<string, unknown>) })
  } catch (error) {
    if (error instanceof MerchantChangedError) throw new DomainError(409, "INVALID_TRANSITION", `The documents of a merchant that is ${merchant.status} cannot change`)
    throw error
  }
})
