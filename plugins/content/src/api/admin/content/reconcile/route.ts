import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { CmsUnavailableError } from "../../../../lib/cms-client"
import { reconcileContent } from "../../../../lib/reconcile"
import { CONTENT_MODULE, type ContentModuleService } from "../../../../modules/content"

/**
 * POST /admin/content/reconcile — the platform runs the reconciliation now
 * (it runs every five minutes anyway) and sees what it repaired; 409
 * `RECONCILING` while another run holds the lock.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  if (!req.scope.resolve<ContentModuleService>(CONTENT_MODULE).cms) throw new DomainError(503, "CMS_NOT_CONFIGURED", "This commerce has no cms configured (CMS_URL, CMS_API_TOKEN)")
  let report
  try {
    report = await reconcileContent(req.scope)
  } catch (error) {
    if (error instanceof CmsUnavailableError) throw new DomainError(503, "CMS_UNAVAILABLE", "The cms cannot be read now")
    throw error
  }
  if (!report) throw new DomainError(409, "RECONCILING", "Another reconciliation is running")
  res.json({ reconciliation: report })
})
