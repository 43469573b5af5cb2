import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"
import { CLIENTELE_MODULE, type ClienteleModuleService } from "../../../../../../../../modules/clientele"

/** DELETE /admin/merchants/:handle/customers/:id/notes/:noteId — removes one of the studio's notes; another studio's or customer's is 404. */
export const DELETE = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { handle } = await studioOfRoute(req)
  const clientele = req.scope.resolve<ClienteleModuleService>(CLIENTELE_MODULE)
  const [note] = await clientele.listStudioCustomerNotes({ id: req.params.noteId, merchant_handle: handle, customer_id: req.params.id }, { select: ["id"] })
  if (!note) throw new DomainError(404, "NOTE_NOT_FOUND", "未找到该备注 · No such note")
  await clientele.deleteStudioCustomerNotes(note.id)
  res.json({ id: note.id, object: "studio_customer_note", deleted: true })
})
