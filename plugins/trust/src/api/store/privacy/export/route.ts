import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerExport } from "../../../../lib/privacy"

/** GET /store/privacy/export — everything kept about the signed-in customer, as a JSON file to download. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const data = await customerExport(req.scope, req.auth_context.actor_id)
  res.setHeader("Content-Disposition", `attachment; filename="doorstep-${req.auth_context.actor_id}.json"`)
  res.json(data)
}
