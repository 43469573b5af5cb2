import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { CmsUnavailableError } from "../../../lib/cms-client"
import { refreshFromCms } from "../../../lib/refresh"
import { webhookRejection } from "../../../lib/webhook-signature"
import { CONTENT_MODULE, type ContentModuleService } from "../../../modules/content"
import { CmsEventBody } from "./validators"

const REFUSALS = {
  UNSIGNED_WEBHOOK: "Webhooks must carry x-doorstep-timestamp and x-doorstep-signature",
  STALE_WEBHOOK: "The webhook's timestamp is more than five minutes from now",
  INVALID_SIGNATURE: "The webhook's signature does not match",
} as const

/**
 * POST /hooks/cms — the cms says it published, unpublished or deleted an
 * entry. Only its signature counts (HMAC over timestamp and raw body, five
 * minutes' grace); then commerce re-reads the entry from the cms and brings
 * its index and links in step. 401 for anything unsigned, stale or forged,
 * with nothing changed; 503 while the cms cannot be read, so it retries.
 */
export const POST = handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const content = req.scope.resolve<ContentModuleService>(CONTENT_MODULE)
  if (!content.cms || !content.webhookSecret) throw new DomainError(503, "CMS_NOT_CONFIGURED", "This commerce has no cms configured (CMS_URL, CMS_API_TOKEN, CMS_WEBHOOK_SECRET)")
  const rejection = webhookRejection({
    secret: content.webhookSecret,
    timestamp: req.get("x-doorstep-timestamp"),
    signature: req.get("x-doorstep-signature"),
    rawBody: (req as MedusaRequest & { rawBody?: Buffer }).rawBody?.toString("utf8") ?? "",
    now: new Date(),
  })
  if (rejection) throw new DomainError(401, rejection, REFUSALS[rejection])
  const event = CmsEventBody.safeParse(req.body)
  if (!event.success) throw new DomainError(400, "INVALID_WEBHOOK", `Not a cms event: ${event.error.issues[0].path.join(".")} ${event.error.issues[0].message}`)
  try {
    res.json({ received: true, refreshed: await refreshFromCms(req.scope, content.cms, event.data) })
  } catch (error) {
    if (error instanceof CmsUnavailableError) throw new DomainError(503, "CMS_UNAVAILABLE", "The cms cannot be read now; send the webhook again later")
    throw error
  }
})
