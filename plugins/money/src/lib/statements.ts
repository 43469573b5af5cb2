import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { monthRange, statementRows } from "@doorstep/booking-core"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { stringify } from "csv-stringify/sync"
import { MONEY_MODULE, type MoneyModuleService } from "../modules/money"

/**
 * Sends an account's statement for the route's `:month` (YYYY-MM, in the
 * city's zone) as a CSV file: the opening balance, every ledger entry with
 * the balance after it, and the closing balance. A spreadsheet opens it with
 * Chinese intact (UTF-8 with a byte-order mark).
 */
export async function sendStatement(req: AuthenticatedMedusaRequest, res: MedusaResponse, owner: Parameters<MoneyModuleService["ledgerBetween"]>[0], name: string) {
  const month = req.params.month.replace(/\.csv$/, "")
  const zone = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).bookingSettings().timezone
  let range: { start: number; end: number }
  try {
    range = monthRange(month, zone)
  } catch {
    throw new DomainError(400, "INVALID_INPUT", "month: YYYY-MM, such as 2026-11", "month")
  }
  const { openingFen, entries } = await req.scope.resolve<MoneyModuleService>(MONEY_MODULE).ledgerBetween(owner, { start: new Date(range.start), end: new Date(range.end) })
  const rows = statementRows(
    entries.map((entry) => ({ ...entry, at: new Date(entry.created_at).getTime() })),
    openingFen,
    zone,
  )
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="doorstep-${name}-${month}.csv"`)
  res.send("\uFEFF" + stringify(rows))
}
