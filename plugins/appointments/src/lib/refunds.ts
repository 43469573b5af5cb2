import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { fenToYuan } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type { PaymentStatus } from "../modules/appointment/models/appointment"
import type AppointmentModuleService from "../modules/appointment/service"

interface PaidAppointment {
  id: string
  order_id: string | null
  paid_fen: number | null
  refund_fen: number | null
}

/**
 * Gives back what the cancellation policy quoted, through the payment provider
 * that took the money (WeChat Pay, Alipay): the refund is recorded on the
 * order's payment, and the appointment's payment status follows. When the
 * gateway cannot be reached the appointment reads `refund_pending`, for staff
 * to follow up; the cancellation itself stands.
 */
export async function refundCancelled(container: MedusaContainer, appointment: PaidAppointment): Promise<PaymentStatus> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const refundFen = appointment.refund_fen ?? 0
  if (!appointment.paid_fen) return "pending"
  if (refundFen <= 0) return "paid"
  let status: PaymentStatus = "refund_pending"
  try {
    const payment = appointment.order_id ? await capturedPayment(container, appointment.order_id) : undefined
    if (payment) {
      await refundPaymentWorkflow(container).run({ input: { payment_id: payment, amount: fenToYuan(refundFen) } })
      status = refundFen >= appointment.paid_fen ? "refunded" : "partially_refunded"
    }
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Refund of ${refundFen} fen for appointment ${appointment.id} failed: ${(error as Error).message}`)
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
