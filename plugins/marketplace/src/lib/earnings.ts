import type { MedusaContainer } from "@medusajs/framework/types"
import { splitEarnings } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { MERCHANT_MODULE, type MerchantModuleService } from "../modules/merchant"

const DAY = 24 * 3600_000
/** Appointments that ended within this window are posted (older ones were, on earlier ticks). */
const LOOKBACK_DAYS = 7

/**
 * Books the earnings of appointments that have ended with money kept: a
 * completed or no-show job's price, or a cancellation's fee (what was paid
 * less what was refunded), shared by the studio's commission plan between the
 * platform, the studio and the beautician. Each appointment's shares are
 * booked once however often this runs (the ledger's unique index). Resolves
 * to the number of new entries.
 */
export async function postEarnings(container: MedusaContainer, now: Date): Promise<number> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const merchants = container.resolve<MerchantModuleService>(MERCHANT_MODULE)
  const ended = await appointments.listAppointments(
    { status: ["completed", "no_show", "cancelled"], paid_fen: { $gt: 0 }, updated_at: { $gt: new Date(now.getTime() - LOOKBACK_DAYS * DAY) } },
    { select: ["id", "status", "beautician_id", "paid_fen", "refund_fen"], take: 1000 },
  )
  if (ended.length === 0) return 0
  const beauticians = await appointments.listBeauticians({ id: [...new Set(ended.map((a) => a.beautician_id))] }, { select: ["id", "merchant_handle"] })
  const studioOf = new Map(beauticians.map((b) => [b.id, b.merchant_handle]))
  const plans = new Map(
    (await merchants.listMerchants({ handle: [...new Set(beauticians.map((b) => b.merchant_handle))] }, { select: ["handle", "commission_percent", "beautician_percent"] })).map((m) => [
      m.handle,
      { platformPercent: Number(m.commission_percent), beauticianPercent: Number(m.beautician_percent) },
    ]),
  )
  const entries = ended.flatMap((appointment) => {
    const kept = (appointment.paid_fen ?? 0) - (appointment.refund_fen ?? 0)
    const studio = studioOf.get(appointment.beautician_id)
    const plan = studio ? plans.get(studio) : undefined
    if (kept <= 0 || !studio || !plan) return []
    const split = splitEarnings(kept, plan)
    const kind = appointment.status === "cancelled" ? "cancellation_fee" : "service"
    return (["platform", "merchant", "beautician"] as const).map((account) => ({
      appointment_id: appointment.id,
      merchant_handle: studio,
      beautician_id: appointment.beautician_id,
      account,
      kind,
      amount_fen: split[account],
    }))
  })
  return await merchants.postLedgerEntries(entries)
}
