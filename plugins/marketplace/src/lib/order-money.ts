import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { MERCHANT_MODULE, type MerchantModuleService } from "../modules/merchant"

type Amount = { amount: number | string | { value: string } }
const fen = (amounts: Amount[]) => amounts.reduce((sum, { amount }) => sum + Math.round(MathBN.mult(amount as never, 100).toNumber()), 0)

/**
 * Where an order's money is, in fen: captured by the gateway, refunded
 * through it, booked in the earnings ledger, and still held for visits whose
 * shares are not booked yet (to come, under way, or ended within the ledger
 * job's minute). The books balance when captured = refunded + booked + held,
 * for every order at every moment.
 */
export async function orderMoney(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.captures.amount", "payment_collections.payments.refunds.amount"],
    filters: { id: orderId },
  })
  if (!data[0]) return null
  const payments = ((data[0] as { payment_collections?: Array<{ payments?: Array<{ captures?: Amount[]; refunds?: Amount[] }> }> }).payment_collections ?? []).flatMap((c) => c.payments ?? [])
  const captured = fen(payments.flatMap((p) => p.captures ?? []))
  const refunded = fen(payments.flatMap((p) => p.refunds ?? []))
  const visits = await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listAppointments({ order_id: orderId }, { select: ["id", "status", "paid_fen", "refund_fen"] })
  const entries = visits.length ? await container.resolve<MerchantModuleService>(MERCHANT_MODULE).listLedgerEntries({ appointment_id: visits.map((v) => v.id) }, { select: ["appointment_id", "amount_fen"] }) : []
  const booked = entries.reduce((sum, entry) => sum + entry.amount_fen, 0)
  const bookedFor = new Set(entries.map((entry) => entry.appointment_id))
  // A visit's money is held until its shares are booked: still to come, under way, or ended within the last minute.
  const held = visits
    .filter((visit) => !bookedFor.has(visit.id))
    .reduce((sum, visit) => sum + (visit.paid_fen ?? 0) - (visit.refund_fen ?? 0), 0)
  return { order_id: orderId, captured_fen: captured, refunded_fen: refunded, booked_fen: booked, held_fen: held, balanced: captured === refunded + booked + held }
}
