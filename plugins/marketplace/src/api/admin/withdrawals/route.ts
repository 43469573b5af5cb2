import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WITHDRAWAL_STATUSES, type WithdrawalStatus } from "../../../modules/merchant/models/withdrawal"
import { MERCHANT_MODULE, type MerchantModuleService } from "../../../modules/merchant"

/** GET /admin/withdrawals[?status=requested] — the platform's finance queue, oldest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const status = typeof req.query.status === "string" && (WITHDRAWAL_STATUSES as readonly string[]).includes(req.query.status) ? (req.query.status as WithdrawalStatus) : undefined
  const withdrawals = await req.scope.resolve<MerchantModuleService>(MERCHANT_MODULE).listWithdrawals(status ? { status } : {}, { order: { created_at: "ASC" }, take: 200 })
  res.json({ withdrawals })
}
