import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"
import { monthStanding } from "../../../../../lib/earnings"
import { MONEY_MODULE, type MoneyModuleService } from "../../../../../modules/money"

/**
 * GET /admin/merchants/:handle/earnings — the studio's balance (fen), its
 * latest ledger entries, newest first, and where it stands on its commission
 * plan this month (`commission`: the month's gross, the tier and rate the
 * next job pays, where the next tier starts).
 */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const merchant = await studioOfRoute(req)
  const money = req.scope.resolve<MoneyModuleService>(MONEY_MODULE)
  const [balance, entries, commission] = await Promise.all([
    money.ledgerBalance({ merchant_handle: merchant.handle, account: "merchant" }),
    money.listLedgerEntries({ merchant_handle: merchant.handle, account: "merchant" }, { order: { created_at: "DESC" }, take: 100 }),
    monthStanding(req.scope, merchant.handle, new Date()),
  ])
  res.json({ balance_fen: balance, currency_code: "cny", entries, commission })
})
