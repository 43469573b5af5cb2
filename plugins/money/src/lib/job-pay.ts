import type { MedusaContainer } from "@medusajs/framework/types"
import { splitEarnings } from "@doorstep/booking-core"
import { JOB_STATUSES } from "@doorstep/appointments/lib/jobs"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { MONEY_MODULE, type MoneyModuleService } from "../modules/money"
import { monthStanding } from "./earnings"
import { JOB_PAY_KINDS } from "./job-earnings"


export interface JobPay {
  appointment_id: string
  price_fen: number
  estimate_fen: number
  rate_bp: number
  earned_fen: number | null
  tip_fen: number
}

/**
 * What the beautician makes from each of these appointments of theirs (on
 * offer to them, or their jobs): the price, their share of it at the tier
 * their studio's month has reached now (what the ledger would book if the
 * job ended now), and, once booked, what the ledger holds for them. Others'
 * appointments are left out, saying nothing of them.
 */
export async function jobPay(container: MedusaContainer, beauticianId: string, appointmentIds: readonly string[], now: Date): Promise<JobPay[]> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const money = container.resolve<MoneyModuleService>(MONEY_MODULE)
  const jobs = await appointments.listAppointments(
    { id: [...appointmentIds], beautician_id: beauticianId, status: ["confirmed", ...JOB_STATUSES] },
    { select: ["id", "price_fen", "paid_fen", "refund_fen"] },
  )
  if (jobs.length === 0) return []
  const [beautician] = await appointments.listBeauticians({ id: beauticianId }, { select: ["merchant_handle"] })
  const [standing, plan, entries] = await Promise.all([
    monthStanding(container, beautician.merchant_handle, now),
    money.planOf(beautician.merchant_handle),
    money.listLedgerEntries({ appointment_id: jobs.map((job) => job.id), beautician_id: beauticianId, account: "beautician" }, { select: ["appointment_id", "kind", "amount_fen"] }),
  ])
  return jobs.map((job) => {
    const own = entries.filter((entry) => entry.appointment_id === job.id)
    const pay = own.filter((entry) => JOB_PAY_KINDS.has(entry.kind))
    const price = job.price_fen ?? job.paid_fen ?? 0
    return {
      appointment_id: job.id,
      price_fen: price,
      estimate_fen: splitEarnings(price, { platformPercent: standing.rate_bp / 100, beauticianPercent: Number(plan.beautician_percent) }).beautician,
      rate_bp: standing.rate_bp,
      earned_fen: pay.length ? pay.reduce((sum, entry) => sum + entry.amount_fen, 0) : null,
      tip_fen: own.filter((entry) => entry.kind === "tip").reduce((sum, entry) => sum + entry.amount_fen, 0),
    }
  })
}
