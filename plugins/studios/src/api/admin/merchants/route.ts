import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validated } from "@doorstep/appointments/api/validation"
import { merchants, serializeMerchants } from "./merchants"
import type { MerchantListQuery } from "./validators"

/** GET /admin/merchants[?status=pending_review] — the platform's list, newest applications first; an unknown status is 400. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status } = validated<MerchantListQuery>(req)
  const list = await merchants(req).listMerchants(status ? { status } : {}, { order: { created_at: "DESC" }, take: 200 })
  res.json({ merchants: await serializeMerchants(req, list) })
}
