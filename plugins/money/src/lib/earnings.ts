import type { MedusaContainer } from "@medusajs/framework/types"
import { monthOf, monthRange, splitEarnings, tieredRates, tierReached, tiersOf, type EndedAppointment, type StoredCommissionPlan, type TieredRate } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { MONEY_MODULE, type MoneyModuleService } from "../modules/money"

const DAY = 24 * 3600_000
/** Appointments that ended within this window are posted (older ones were, on earlier ticks). */
const LOOKBACK_DAYS = 7
const ENDINGS = ["completed", "no_show", "cancelled"] as const

interface Ended {
  id: string
  status: string
  beautician_id: string
  paid_fen: number | null
  refund_fen: number | null
  balance_paid_fen?: number | null
  updated_at: Date
}

/** What was paid at checkout and kept (a deposit booking's balance, paid after the job, is booked on its own). */
const keptAtCheckout = (appointment: Ended) => (appointment.paid_fen ?? 0) - (appointment.refund_fen ?? 0)
/** What the job brought in all: towards the month's gross, a deposit booking counts with its balance once paid. */
const kept = (appointment: Ended) => keptAtCheckout(appointment) + (appointment.balance_paid_fen ?? 0)
const ENDED_FIELDS = ["id", "status", "beautician_id", "paid_fen", "refund_fen", "balance_paid_fen", "updated_at"]

/** When each appointment reached its final status (its timeline's event; its last change if it has none). */
async function endedAt(appointments: AppointmentModuleService, ended: readonly Ended[]): Promise<Map<string, number>> {
  const at = new Map(ended.map((a) => [a.id, new Date(a.updated_at).getTime()]))
  if (ended.length === 0) return at
  const events = await appointments.listAppointmentEvents({ appointment_id: ended.map((a) => a.id), status: [...ENDINGS] }, { select: ["appointment_id", "at"] })
  for (const event of events) at.set(event.appointment_id, new Date(event.at).getTime())
  return at
}

/**
 * The tier and rate of each of `batch` (one studio's appointments to book):
 * counted over every job the studio's beauticians ended in the months
 * concerned, booked already or not, so the answer does not depend on when
 * the ledger job runs.
 */
async function ratesOf(appointments: AppointmentModuleService, beauticianIds: string[], batch: Ended[], plan: StoredCommissionPlan, zone: string): Promise<Map<string, TieredRate>> {
  const batchEnds = await endedAt(appointments, batch)
  const months = new Set(batch.map((a) => monthOf(batchEnds.get(a.id)!, zone)))
  const earliest = Math.min(...[...months].map((month) => monthRange(month, zone).start))
  const jobs = (await appointments.listAppointments(
    { beautician_id: beauticianIds, status: ["completed", "no_show"], paid_fen: { $gt: 0 }, updated_at: { $gte: new Date(earliest) } },
    { select: ENDED_FIELDS },
  )) as Ended[]
  const jobEnds = await endedAt(appointments, jobs.filter((job) => !batchEnds.has(job.id)))
  const all = new Map<string, EndedAppointment>()
  for (const [appointment, at] of [...jobs.map((job) => [job, jobEnds.get(job.id) ?? batchEnds.get(job.id)!] as const), ...batch.map((a) => [a, batchEnds.get(a.id)!] as const)]) {
    if (!months.has(monthOf(at, zone))) continue
    all.set(appointment.id, { id: appointment.id, endedAt: at, keptFen: kept(appointment), counts: appointment.status !== "cancelled" })
  }
  return tieredRates([...all.values()], tiersOf(plan), zone)
}

/**
 * Where a studio stands in the month of `now`: its plan, the month's gross so
 * far, and the tier (and rate) its next job would pay.
 */
export async function monthStanding(container: MedusaContainer, handle: string, now: Date) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const zone = appointments.bookingSettings().timezone
  const month = monthOf(now.getTime(), zone)
  const { start } = monthRange(month, zone)
  const team = (await appointments.listBeauticians({ merchant_handle: handle }, { select: ["id"] })).map((b) => b.id)
  const jobs = team.length
    ? ((await appointments.listAppointments(
        { beautician_id: team, status: ["completed", "no_show"], paid_fen: { $gt: 0 }, updated_at: { $gte: new Date(start) } },
        { select: ENDED_FIELDS },
      )) as Ended[])
    : []
  const ends = await endedAt(appointments, jobs)
  const grossFen = jobs.filter((job) => ends.get(job.id)! >= start && ends.get(job.id)! <= now.getTime()).reduce((sum, job) => sum + kept(job), 0)
  const plan = await container.resolve<MoneyModuleService>(MONEY_MODULE).planOf(handle)
  const tiers = tiersOf(plan)
  const reached = tierReached(tiers, grossFen)
  return { plan: plan.name, month, month_gross_fen: grossFen, tier: reached.tier, rate_bp: reached.rateBp, next_tier_from_fen: tiers[reached.tier + 1]?.fromFen ?? null }
}

/**
 * Books the earnings of appointments that have ended with money kept: a
 * completed or no-show job's price, or a cancellation's fee (what was paid
 * less what was refunded), shared by the studio's commission plan between the
 * platform, the studio and the beautician: the platform's rate is the tier
 * the studio's month had reached before the appointment ended (booking-core's
 * `tieredRates`), and each entry records the plan, tier and rate. Each
 * appointment's shares are booked once however often this runs (the
 * ledger's unique index). Resolves to the number of new entries.
 */
export async function postEarnings(container: MedusaContainer, now: Date): Promise<number> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const money = container.resolve<MoneyModuleService>(MONEY_MODULE)
  const ended = (await appointments.listAppointments(
    { status: [...ENDINGS], paid_fen: { $gt: 0 }, updated_at: { $gt: new Date(now.getTime() - LOOKBACK_DAYS * DAY) } },
    { select: ENDED_FIELDS, take: 1000 },
  )) as Ended[]
  const booked = ended.length
    ? new Set((await money.listLedgerEntries({ appointment_id: ended.map((a) => a.id), kind: ["service", "cancellation_fee"] }, { select: ["appointment_id"] })).map((e) => e.appointment_id))
    : new Set()
  const toBook = ended.filter((appointment) => keptAtCheckout(appointment) > 0 && !booked.has(appointment.id))
  const balances = ended.filter((appointment) => appointment.status === "completed" && (appointment.balance_paid_fen ?? 0) > 0).map((appointment) => appointment.id)
  // Only an appointment that gave money back can owe `refund` entries: the rest cost no ledger read.
  const refunds = await bookRefunds(money, ended.filter((appointment) => booked.has(appointment.id) && (appointment.refund_fen ?? 0) > 0))
  if (toBook.length === 0) return refunds + (balances.length ? await bookBalances(container, balances) : 0)
  const zone = appointments.bookingSettings().timezone
  const beauticians = await appointments.listBeauticians({ id: [...new Set(toBook.map((a) => a.beautician_id))] }, { select: ["id", "merchant_handle"] })
  const studioOf = new Map(beauticians.map((b) => [b.id, b.merchant_handle]))
  const studios = [...new Set(beauticians.map((b) => b.merchant_handle))]
  const plans = await money.plansOf(studios)
  const entries = []
  for (const studio of studios) {
    const plan = plans.get(studio)!
    const batch = toBook.filter((appointment) => studioOf.get(appointment.beautician_id) === studio)
    const team = (await appointments.listBeauticians({ merchant_handle: studio }, { select: ["id"] })).map((b) => b.id)
    const rates = await ratesOf(appointments, team, batch, plan, zone)
    for (const appointment of batch) {
      const rate = rates.get(appointment.id)!
      const split = splitEarnings(keptAtCheckout(appointment), { platformPercent: rate.rateBp / 100, beauticianPercent: Number(plan.beautician_percent) })
      for (const account of ["platform", "merchant", "beautician"] as const) {
        entries.push({
          appointment_id: appointment.id,
          merchant_handle: studio,
          beautician_id: appointment.beautician_id,
          account,
          kind: appointment.status === "cancelled" ? "cancellation_fee" : "service",
          amount_fen: split[account],
          commission_plan: plan.name,
          commission_tier: rate.tier,
          commission_rate_bp: rate.rateBp,
        })
      }
    }
  }
  const posted = await money.postLedgerEntries(entries)
  return refunds + posted + (balances.length ? await bookBalances(container, balances) : 0)
}

/**
 * Money given back after an appointment's shares were booked (a refund after
 * the visit): each account's share is brought down to its part of what is
 * now kept — the booked shares scaled, the rounding left with the studio —
 * by `refund` entries named by that amount, so each refund is booked once
 * however often this runs.
 */
async function bookRefunds(money: MoneyModuleService, booked: readonly Ended[]): Promise<number> {
  if (booked.length === 0) return 0
  const rows = await money.listLedgerEntries({ appointment_id: booked.map((a) => a.id), kind: ["service", "cancellation_fee", "refund"] })
  const entries = []
  for (const appointment of booked) {
    const own = rows.filter((row) => row.appointment_id === appointment.id)
    const shares = own.filter((row) => row.kind !== "refund")
    const original = shares.reduce((sum, row) => sum + row.amount_fen, 0)
    const now = own.reduce((sum, row) => sum + row.amount_fen, 0)
    const kept = keptAtCheckout(appointment)
    if (kept >= now || original <= 0) continue
    const target = new Map(shares.map((row) => [row.account, Math.floor((row.amount_fen * kept) / original)]))
    target.set("merchant", (target.get("merchant") ?? 0) + kept - [...target.values()].reduce((sum, fen) => sum + fen, 0))
    for (const share of shares) {
      const current = own.filter((row) => row.account === share.account).reduce((sum, row) => sum + row.amount_fen, 0)
      const change = target.get(share.account)! - current
      if (change !== 0) {
        entries.push({ appointment_id: appointment.id, merchant_handle: share.merchant_handle, beautician_id: share.beautician_id, account: share.account, amount_fen: change, note: `kept:${kept}`, commission_rate_bp: share.commission_rate_bp })
      }
    }
  }
  return await money.postRefundEntries(entries)
}

/**
 * Books the balances deposit bookings paid after their jobs (kind `balance`),
 * each once, at the tier and rate their job's shares were booked at, with the
 * studio's share for its beauticians; a balance paid before the job's shares
 * are booked waits for them (the next tick of the ledger job). Resolves to
 * the number of new entries.
 */
export async function bookBalances(container: MedusaContainer, appointmentIds: string[]): Promise<number> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const money = container.resolve<MoneyModuleService>(MONEY_MODULE)
  const paid = (await appointments.listAppointments({ id: appointmentIds, status: "completed", balance_paid_fen: { $gt: 0 } }, { select: ["id", "beautician_id", "balance_paid_fen"] })) as Array<{
    id: string
    beautician_id: string
    balance_paid_fen: number
  }>
  if (paid.length === 0) return 0
  const entries = await money.listLedgerEntries({ appointment_id: paid.map((a) => a.id), kind: ["service", "balance"] })
  const entries_ = []
  for (const appointment of paid) {
    const own = entries.filter((entry) => entry.appointment_id === appointment.id)
    if (own.some((entry) => entry.kind === "balance")) continue
    const service = own.find((entry) => entry.kind === "service")
    if (!service) continue
    const plan = await money.planOf(service.merchant_handle)
    const split = splitEarnings(appointment.balance_paid_fen, { platformPercent: Number(service.commission_rate_bp ?? 0) / 100, beauticianPercent: Number(plan.beautician_percent) })
    for (const account of ["platform", "merchant", "beautician"] as const) {
      entries_.push({
        appointment_id: appointment.id,
        merchant_handle: service.merchant_handle,
        beautician_id: appointment.beautician_id,
        account,
        kind: "balance",
        amount_fen: split[account],
        commission_plan: service.commission_plan,
        commission_tier: service.commission_tier,
        commission_rate_bp: service.commission_rate_bp,
      })
    }
  }
  return entries_.length ? await money.postLedgerEntries(entries_) : 0
}
