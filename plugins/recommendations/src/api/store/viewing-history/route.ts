import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { TASTE_MODULE, type TasteModuleService } from "../../../modules/taste"
import { catalogue } from "../../../lib/signals"
import type { ViewBody } from "../../validators"

/** How many viewed services the history shows. */
const SHOWN = 50

/** GET /store/viewing-history — whether the customer consents, and the services they viewed (the last view of each), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const taste = req.scope.resolve<TasteModuleService>(TASTE_MODULE)
  const customerId = req.auth_context.actor_id
  const [consentedAt, views, services] = await Promise.all([taste.consentOf(customerId), taste.viewsOf(customerId, SHOWN), catalogue(req.scope)])
  res.json({
    consent: consentedAt !== null,
    consented_at: consentedAt ? new Date(consentedAt).toISOString() : null,
    views: views.flatMap((view) => {
      const service = services.services.get(view.product_id)
      return service ? [{ product_id: view.product_id, handle: service.handle, viewed_at: new Date(view.viewed_at).toISOString() }] : []
    }),
  })
}

/** POST /store/viewing-history — a service page was opened; kept only with consent (`recorded` says whether). */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { product_id } = validated<ViewBody>(req)
  if (!(await catalogue(req.scope)).services.has(product_id)) throw new DomainError(404, "SERVICE_NOT_FOUND", `No published service ${product_id}`, "product_id")
  const recorded = await req.scope.resolve<TasteModuleService>(TASTE_MODULE).recordView(req.auth_context.actor_id, product_id, new Date())
  res.json({ recorded })
})

/** DELETE /store/viewing-history — clears it (consent stays as it was). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ cleared: await req.scope.resolve<TasteModuleService>(TASTE_MODULE).clearViews(req.auth_context.actor_id) })
}
