import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { catalogue } from "../../../lib/signals"
import { suggestionsFor } from "../../../lib/suggestions"
import type { RecommendationsQuery } from "../../validators"

type MaybeSignedIn = MedusaRequest & { auth_context?: { actor_type: string; actor_id: string } }

/**
 * GET /store/recommendations — what to book next, each with why: a signed-in
 * customer's own (their rhythm, favourites, what goes with theirs, what they
 * viewed), else what is popular near the place.
 */
export const GET = handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const input = validated<RecommendationsQuery>(req)
  const auth = (req as MaybeSignedIn).auth_context
  const customerId = auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
  if (input.product_id && !(await catalogue(req.scope)).services.has(input.product_id)) {
    throw new DomainError(404, "SERVICE_NOT_FOUND", `No published service ${input.product_id}`, "product_id")
  }
  const place = input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : null
  res.json(await suggestionsFor(req.scope, { customerId, place, productId: input.product_id, limit: input.limit }))
})
