import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validated } from "@doorstep/appointments/api/validation"
import { MONEY_MODULE, type MoneyModuleService } from "../../../modules/money"
import type { WithdrawalListQuery } from "../../pro/withdrawals/validators"

/** GET /admin/withdrawals[?status=requested] — the platform's finance queue, oldest first; an unknown status is 400. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status } = validated<WithdrawalListQuery>(req)
  const withdrawals = await req.scope.resolve<MoneyModuleService>(MONEY_MODULE).listWithdrawals(status ? { status } : {}, { order: { created_at: "ASC" }, take: 200 })
  res.json({ withdrawals })
}
