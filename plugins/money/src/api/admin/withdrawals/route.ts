import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { validated } from "@doorstep/appointments/api/validation"
import { studioNames } from "@doorstep/appointments/lib/studio-names"
import { MONEY_MODULE, type MoneyModuleService } from "../../../modules/money"
import type { WithdrawalListQuery } from "../../pro/withdrawals/validators"

/** GET /admin/withdrawals[?status=requested] — the platform's finance queue, oldest first, each with who asked; an unknown status is 400. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status } = validated<WithdrawalListQuery>(req)
  const withdrawals = await req.scope.resolve<MoneyModuleService>(MONEY_MODULE).listWithdrawals(status ? { status } : {}, { order: { created_at: "ASC" }, take: 200 })
  const ids = [...new Set(withdrawals.map((w) => w.beautician_id))]
  const [beauticians, studios] = await Promise.all([
    ids.length ? req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listBeauticians({ id: ids }, { select: ["id", "display_name"] }) : [],
    studioNames(req.scope, withdrawals.map((w) => w.merchant_handle)),
  ])
  const names = new Map(beauticians.map((b) => [b.id, b.display_name]))
  res.json({ withdrawals: withdrawals.map((w) => ({ ...w, beautician_name: names.get(w.beautician_id) ?? null, merchant_name: studios.get(w.merchant_handle) ?? null })) })
}
