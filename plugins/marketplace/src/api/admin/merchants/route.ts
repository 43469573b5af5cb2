import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MERCHANT_STATUSES, type MerchantStatus } from "../../../lib/merchant-status"
import { merchants, serializeMerchant } from "./merchants"

/** GET /admin/merchants[?status=pending_review] — the platform's list, newest applications first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const status = typeof req.query.status === "string" && (MERCHANT_STATUSES as readonly string[]).includes(req.query.status) ? (req.query.status as MerchantStatus) : undefined
  const list = await merchants(req).listMerchants(status ? { status } : {}, { order: { created_at: "DESC" }, take: 200 })
  res.json({ merchants: list.map(serializeMerchant) })
}
