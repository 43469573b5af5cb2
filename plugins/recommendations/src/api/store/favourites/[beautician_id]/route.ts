import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { TASTE_MODULE, type TasteModuleService } from "../../../../modules/taste"
import { beauticianCards } from "../../../../lib/suggestions"

/** PUT /store/favourites/:beautician_id — marks a beautician a favourite (again: nothing changes). */
export const PUT = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const beauticianId = req.params.beautician_id
  if (!(await beauticianCards(req.scope, [beauticianId])).has(beauticianId)) {
    throw new DomainError(404, "BEAUTICIAN_NOT_FOUND", `No active beautician ${beauticianId}`, "beautician_id")
  }
  const favourite = await req.scope.resolve<TasteModuleService>(TASTE_MODULE).favourite(req.auth_context.actor_id, beauticianId)
  res.json({ favourite: { beautician_id: favourite.beautician_id, created_at: new Date(favourite.created_at).toISOString() } })
})

/** DELETE /store/favourites/:beautician_id — no longer a favourite (already not: nothing changes). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await req.scope.resolve<TasteModuleService>(TASTE_MODULE).unfavourite(req.auth_context.actor_id, req.params.beautician_id)
  res.json({ beautician_id: req.params.beautician_id, deleted: true })
}
