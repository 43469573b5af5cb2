import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validated } from "@doorstep/appointments/api/validation"
import { TASTE_MODULE, type TasteModuleService } from "../../../../modules/taste"
import type { ViewingConsentBody } from "../../../validators"

/** PUT /store/viewing-history/consent — yes keeps a viewing history from now on; no clears it and keeps none. */
export async function PUT(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { consent } = validated<ViewingConsentBody>(req)
  const consentedAt = await req.scope.resolve<TasteModuleService>(TASTE_MODULE).setConsent(req.auth_context.actor_id, consent, new Date())
  res.json({ consent: consentedAt !== null, consented_at: consentedAt ? new Date(consentedAt).toISOString() : null })
}
