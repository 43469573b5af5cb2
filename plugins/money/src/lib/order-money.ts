import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { MONEY_MODULE, type MoneyModuleService } from "../modules/money"

type Amount = { amount: number | string | { value: string } }
const fen = (amounts: Amount[]) => amounts.reduce((sum, { amount }) => sum + Math.round(MathBN.mult(amount as never, 100).toNumber()), 0)

/**
 * Where an order's money is, in fen: captured by the gateway, refunded
 * through it, booked in the earnings ledger, and still held for visits whose
 * shares are not booked yet (to come, under way, or ended within the ledger
 * job's minute). A tip's order holds the tip, booked to the beautician when
 * the order is placed; a balance's order the balance, booked when the
 * order is placed once the job's shares are. The books balance when captured = refunded + booked +
 * held, for every order at every moment.
 */
export async function orderMoney(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "items.metadata", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
    filters: { id: orderId },
  })
  if (!data[0]) return null
  const payments = ((data[0] as { payment_collections?: Array<{ payments?: Array<{ captures?: Amount[]; refunds?: Amount[] }> }> }).payment_collections ?? []).flatMap((c) => c.payments ?? [])
  const captured = fen(payments.flatMap((p) => p.captures ?? []))
  const refunded = fen(payments.flatMap((p) => p.refunds ?? []))
  const ledger = container.resolve<MoneyModuleService>(MONEY_MODULE)
  const visitService = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const visits = await visitService.listAppointments({ order_id: orderId }, { select: ["id", "status", "paid_fen", "refund_fen"] })
  const metadataOf = ((data[0] as { items?: Array<{ metadata?: Record<string, unknown> | null } | null> }).items ?? []).map((item) => item?.metadata ?? {})
  // A tip, or a deposit booking's balance, is paid by an order of its own (its line names it): its entries belong to that order, not to the appointment's.
  const tipIds = metadataOf.map((metadata) => metadata.tip_id).filter((id): id is string => typeof id === "string")
  const balanceFor = metadataOf.map((metadata) => metadata.balance_for).filter((id): id is string => typeof id === "string")
  const tips = tipIds.length ? await ledger.listTips({ id: tipIds }, { select: ["appointment_id", "amount_fen", "status", "order_id"] }) : []
  const balances = balanceFor.length
    ? await visitService.listAppointments({ id: balanceFor }, { select: ["id", "balance_due_fen", "balance_order_id", "balance_paid_fen"] })
    : []
  const visitEntries = visits.length ? await ledger.listLedgerEntries({ appointment_id: visits.map((v) => v.id), kind: { $nin: ["tip", "balance"] } }, { select: ["appointment_id", "amount_fen"] }) : []
  const bookedTips = tips.filter((tip) => tip.order_id === orderId)
  const tipEntries = bookedTips.length ? await ledger.listLedgerEntries({ appointment_id: bookedTips.map((t) => t.appointment_id), kind: "tip" }, { select: ["appointment_id", "amount_fen"] }) : []
  const paidBalances = balances.filter((balance) => balance.balance_order_id === orderId)
  const balanceEntries = paidBalances.length
    ? await ledger.listLedgerEntries({ appointment_id: paidBalances.map((b) => b.id), kind: "balance" }, { select: ["appointment_id", "amount_fen"] })
    : []
  const entries = [...visitEntries, ...tipEntries, ...balanceEntries]
  const booked = entries.reduce((sum, entry) => sum + entry.amount_fen, 0)
  const bookedFor = new Set(visitEntries.map((entry) => entry.appointment_id))
  const balanceBookedFor = new Set(balanceEntries.map((entry) => entry.appointment_id))
  // A visit's money is held until its shares are booked: still to come, under way, or ended within the last minute.
  // A tip's, until the order's event has booked it (a moment after the order is placed); a balance's, until its entries are booked.
  const held =
    visits.filter((visit) => !bookedFor.has(visit.id)).reduce((sum, visit) => sum + (visit.paid_fen ?? 0) - (visit.refund_fen ?? 0), 0) +
    tips.filter((tip) => tip.order_id !== orderId).reduce((sum, tip) => sum + tip.amount_fen, 0) +
    balances
      .filter((balance) => !balanceBookedFor.has(balance.id))
      .reduce((sum, balance) => sum + (balance.balance_order_id === orderId ? (balance.balance_paid_fen ?? 0) : (balance.balance_due_fen ?? 0)), 0)
  return { order_id: orderId, captured_fen: captured, refunded_fen: refunded, booked_fen: booked, held_fen: held, balanced: captured === refunded + booked + held }
}
