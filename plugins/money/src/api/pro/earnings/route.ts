import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MONEY_MODULE, type MoneyModuleService } from "../../../modules/money"

/** GET /pro/earnings — the beautician's balance (fen) and their latest ledger entries, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ledger = req.scope.resolve<MoneyModuleService>(MONEY_MODULE)
  const beauticianId = req.auth_context.actor_id
  const [balance, entries] = await Promise.all([
    ledger.ledgerBalance({ beautician_id: beauticianId }),
    ledger.listLedgerEntries({ beautician_id: beauticianId, account: "beautician" }, { order: { created_at: "DESC" }, take: 100, select: ["id", "appointment_id", "kind", "amount_fen", "note", "created_at"] }),
  ])
  res.json({ balance_fen: balance, currency_code: "cny", entries })
}
