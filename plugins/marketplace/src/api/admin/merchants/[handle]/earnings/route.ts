import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { monthStanding } from "../../../../../lib/earnings"
import { merchantOfRoute, merchants } from "../../merchants"

/**
 * GET /admin/merchants/:handle/earnings — the studio's balance (fen), its
 * latest ledger entries, newest first, and where it stands on its commission
 * plan this month (`commission`: the month's gross, the tier and rate the
 * next job pays, where the next tier starts).
 */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const merchant = await merchantOfRoute(req)
  const [balance, entries, commission] = await Promise.all([
    merchants(req).ledgerBalance({ merchant_handle: merchant.handle, account: "merchant" }),
    merchants(req).listLedgerEntries({ merchant_handle: merchant.handle, account: "merchant" }, { order: { created_at: "DESC" }, take: 100 }),
    monthStanding(req.scope, merchant as never, new Date()),
  ])
  res.json({ balance_fen: balance, currency_code: "cny", entries, commission })
})
