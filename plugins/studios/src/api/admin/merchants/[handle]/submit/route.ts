import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { merchantOfRoute, moveMerchant, serializeMerchant } from "../../merchants"

/** POST /admin/merchants/:handle/submit — hands the documents to the platform's review (again, after a rejection). */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const merchant = await merchantOfRoute(req)
  if (!merchant.legal_name || !merchant.credit_code || !merchant.licence_image_url) {
    throw new DomainError(409, "DOCUMENTS_MISSING", "请先上传营业执照信息 · Hand in the business licence first")
  }
  const submitted = await moveMerchant(req, { from: ["draft", "rejected"], to: "pending_review", reason: null, fields: { submitted_at: new Date() } })
  res.json({ merchant: await serializeMerchant(req, submitted as unknown as Record<string, unknown>) })
})
