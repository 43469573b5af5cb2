import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { merchantOfRoute, merchants } from "../../merchants"

/** GET /admin/merchants/:handle/earnings — the studio's balance (fen) and its latest ledger entries, newest first. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const merchant = await merchantOfRoute(req)
  const [balance, entries] = await Promise.all([
    merchants(req).ledgerBalance({ merchant_handle: merchant.handle, account: "merchant" }),
    merchants(req).listLedgerEntries({ merchant_handle: merchant.handle, account: "merchant" }, { order: { created_at: "DESC" }, take: 100 }),
  ])
  res.json({ balance_fen: balance, currency_code: "cny", entries })
})
