import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { fenToYuan } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type { PaymentStatus } from "../modules/appointment/models/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import { AppointmentChangedError } from "../modules/appointment/service"
import { DomainError } from "../api/domain-error"

interface PaidAppointment {
  id: string
  order_id: string | null
  paid_fen: number | null
  refund_fen: number | null
}

/** What may still be given back: what was paid less what was refunded, and nothing while a refund waits on the gateway. */
export function refundableFen(appointment: Omit<PaidAppointment, "id" | "order_id"> & { payment_status?: PaymentStatus | null }): number {
  if (appointment.payment_status === "refund_pending") return 0
  return Math.max(0, (appointment.paid_fen ?? 0) - (appointment.refund_fen ?? 0))
}

/**
 * Gives back what the cancellation policy quoted, through the payment provider
 * that took the money (WeChat Pay, Alipay): the refund is recorded on the
 * order's payment, and the appointment's payment status follows. When the
 * gateway cannot be reached the appointment reads `refund_pending`, for staff
 * to follow up; the cancellation itself stands.
 */
export async function refundCancelled(container: MedusaContainer, appointment: PaidAppointment): Promise<PaymentStatus> {
  const refundFen = appointment.refund_fen ?? 0
  if (!appointment.paid_fen) return "pending"
  if (refundFen <= 0) return "paid"
  return await giveBack(container, appointment, refundFen)
}

/**
 * Gives back `amountFen` more of what the customer paid, after the visit or
 * beyond a cancellation's refund — a complaint settled, a goodwill gesture —
 * with who and why on the appointment's record. Refused (409
 * `REFUND_TOO_LARGE`) past what was paid and not yet given back, and when
 * another refund was recorded since the appointment was read.
 */
export async function refundMore(container: MedusaContainer, appointment: PaidAppointment & { payment_status?: PaymentStatus | null }, amountFen: number, by: { actor: string; reason: string }): Promise<PaymentStatus> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const refunded = appointment.refund_fen ?? 0
  const refundable = refundableFen(appointment)
  if (amountFen > refundable) throw new DomainError(409, "REFUND_TOO_LARGE", `最多可退 ${fenToYuan(refundable)} 元 · At most ${refundable} fen can be refunded`, "amount_fen")
  try {
    await appointments.recordRefund({ id: appointment.id, refunded_fen: refunded, amount_fen: amountFen, actor: by.actor, reason: by.reason })
  } catch (error) {
    if (error instanceof AppointmentChangedError) throw new DomainError(409, "REFUND_TOO_LARGE", "另一笔退款刚刚记录，请刷新后再试 · Another refund was just recorded; reload and try again", "amount_fen")
    throw error
  }
  return await giveBack(container, { ...appointment, refund_fen: refunded + amountFen }, amountFen)
}

/**
 * Sends `amountFen` back through the payment provider that took the money,
 * and sets the appointment's payment status by what has been given back in
 * all (`refund_fen`); `refund_pending` when the gateway cannot be reached,
 * for staff to follow up.
 */
async function giveBack(container: MedusaContainer, appointment: PaidAppointment, amountFen: number): Promise<PaymentStatus> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  let status: PaymentStatus = "refund_pending"
  try {
    const payment = appointment.order_id ? await capturedPayment(container, appointment.order_id) : undefined
    if (payment) {
      await refundPaymentWorkflow(container).run({ input: { payment_id: payment, amount: fenToYuan(amountFen) } })
      status = (appointment.refund_fen ?? 0) >= (appointment.paid_fen ?? 0) ? "refunded" : "partially_refunded"
    }
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Refund of ${amountFen} fen for appointment ${appointment.id} failed: ${(error as Error).message}`)
  }
  await appointments.updateAppointments({ id: appointment.id, payment_status: status })
  return status
}

async function capturedPayment(container: MedusaContainer, orderId: string): Promise<string | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payments.id", "payment_collections.payments.captured_at"],
    filters: { id: orderId },
  })
  const collections = ((data[0] as { payment_collections?: Array<{ payments?: Array<{ id: string; captured_at: unknown }> }> } | undefined)?.payment_collections ?? [])
  return collections.flatMap((c) => c.payments ?? []).find((p) => p.captured_at)?.id
}
