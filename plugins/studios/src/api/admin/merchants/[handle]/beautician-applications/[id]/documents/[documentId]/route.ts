import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { merchantOfRoute, merchants } from "../../../../../merchants"

/**
 * GET /admin/merchants/:handle/beautician-applications/:id/documents/:documentId
 * — an applicant's ID or certificate photo, for the studio's staff and the
 * platform reviewing the application (each read logged as personal data).
 * Never cached, never taken for another type than its bytes show.
 */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const merchant = await merchantOfRoute(req)
  const [application] = await merchants(req).listBeauticianApplications({ id: req.params.id, merchant_handle: merchant.handle }, { select: ["id"] })
  const document = application ? await merchants(req).applicationDocumentContent(application.id, req.params.documentId) : null
  if (!document) throw new DomainError(404, "DOCUMENT_NOT_FOUND", `No document ${req.params.documentId} in application ${req.params.id}`)
  res.setHeader("Content-Type", document.mime)
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Disposition", "inline")
  res.status(200).send(document.content)
})
