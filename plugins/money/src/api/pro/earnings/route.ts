import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toZonedIso } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { jobEarnings } from "../../../lib/job-earnings"
import { MONEY_MODULE, type MoneyModuleService } from "../../../modules/money"

/**
 * GET /pro/earnings — the beautician's balance (fen), their latest ledger
 * entries, newest first, and for the jobs among them each one's gross,
 * commission and net (with the job's service and start).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ledger = req.scope.resolve<MoneyModuleService>(MONEY_MODULE)
  const beauticianId = req.auth_context.actor_id
  const [balance, entries] = await Promise.all([
    ledger.ledgerBalance({ beautician_id: beauticianId }),
    ledger.listLedgerEntries({ beautician_id: beauticianId, account: "beautician" }, { order: { created_at: "DESC" }, take: 100, select: ["id", "appointment_id", "kind", "amount_fen", "note", "created_at"] }),
  ])
  const jobIds = [...new Set(entries.map((e) => e.appointment_id).filter((id): id is string => id !== null))]
  const [shares, visits] = jobIds.length
    ? await Promise.all([
        // Every party's rows of those jobs: the gross is all three shares.
        ledger.listLedgerEntries({ appointment_id: jobIds, beautician_id: beauticianId }, { select: ["appointment_id", "account", "kind", "amount_fen", "commission_rate_bp", "created_at"] }),
        req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listAppointments({ id: jobIds, beautician_id: beauticianId }, { select: ["id", "variant_id", "starts_at"] }),
      ])
    : [[], []]
  const timezone = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).bookingSettings().timezone
  const visitOf = new Map(visits.map((v) => [v.id, v]))
  const jobs = jobEarnings(shares).map((job) => {
    const visit = visitOf.get(job.appointment_id)
    return { ...job, variant_id: visit?.variant_id ?? null, start: visit ? toZonedIso(new Date(visit.starts_at).getTime(), timezone) : null }
  })
  res.json({ balance_fen: balance, currency_code: "cny", entries, jobs })
}
