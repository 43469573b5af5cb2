import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { APPOINTMENT_MODULE } from "../../modules/appointment"
import type AppointmentModuleService from "../../modules/appointment/service"
import { HoldsLapsedError } from "../../modules/appointment/service"
import { retakeLapsedHolds } from "../../lib/holds"
import { isLive } from "../../lib/schedules"

type Metadata = Record<string, unknown> | null | undefined
const appointmentIdOf = (metadata: Metadata) => (typeof metadata?.appointment_id === "string" ? metadata.appointment_id : undefined)

/** Medusa keeps the code of INVALID_DATA errors (400), so clients can match on it. */
const invalid = (code: string, message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message, code)

/**
 * A held appointment may join a cart only as one line of its own service, for the
 * customer who holds it, while the hold lasts.
 */
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const items = (input.items ?? []).filter((item) => appointmentIdOf(item.metadata))
  if (items.length === 0) return
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const customerId = (cart as { customer?: { id?: string } }).customer?.id
  for (const item of items) {
    const id = appointmentIdOf(item.metadata)!
    const [appointment] = await appointments.listAppointments({ id })
    if (!appointment || appointment.customer_id !== customerId) throw invalid("APPOINTMENT_NOT_FOUND", `No appointment ${id} for this cart's customer`)
    if (appointment.status !== "held" || !isLive(appointment, Date.now())) {
      throw invalid("HOLD_EXPIRED", "The hold on this time has expired; please choose a time again")
    }
    if (appointment.variant_id !== item.variant_id) throw invalid("VARIANT_MISMATCH", "The appointment is for another service")
    if (Number(item.quantity) !== 1) throw invalid("INVALID_QUANTITY", "An appointment is booked once")
  }
})

/**
 * Completing the cart confirms its appointments, or fails with HOLD_EXPIRED and
 * no order. Confirmation happens before the order is created; if anything after
 * it fails, the compensation puts the holds back.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const items = (cart as { items?: Array<{ metadata?: Metadata; unit_price: BigNumberInput; quantity: BigNumberInput; adjustments?: Array<{ amount: BigNumberInput }> | null }> }).items ?? []
    const holds = items
      .filter((item) => appointmentIdOf(item.metadata))
      // Prices are tax-inclusive major units; the line total less its promotions' adjustments, in fen, is what the customer pays.
      .map((item) => {
        const discount = (item.adjustments ?? []).reduce<BigNumberInput>((sum, adjustment) => MathBN.add(sum, adjustment.amount), 0)
        return { id: appointmentIdOf(item.metadata)!, paid_fen: Math.round(MathBN.mult(MathBN.sub(MathBN.mult(item.unit_price, item.quantity), discount), 100).toNumber()) }
      })
    if (holds.length === 0) return new StepResponse(undefined, [] as Array<{ id: string; expires_at: Date | null }>)
    const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const before = await appointments.listAppointments({ id: holds.map((h) => h.id) }, { select: ["id", "expires_at"] })
    const lapsed = (error: unknown) => error instanceof HoldsLapsedError || (error as Error).message === "A hold has lapsed"
    try {
      await appointments.confirmHolds(holds, new Date())
    } catch (error) {
      if (!lapsed(error)) throw error
      // Paid after a hold lapsed (a late gateway notification): the same times are taken back if
      // still free. Otherwise the order fails, and Medusa refunds the captured payment.
      const sessions = (cart as { payment_collection?: { payment_sessions?: Array<{ status?: string }> } }).payment_collection?.payment_sessions ?? []
      const paid = sessions.some((session) => session.status === "authorized")
      if (!paid || !(await retakeLapsedHolds(container, holds.map((h) => h.id)))) {
        throw invalid("HOLD_EXPIRED", paid ? "The time was taken while you paid; your payment is being refunded in full" : "A hold in this cart has expired; please choose a time again")
      }
      try {
        await appointments.confirmHolds(holds, new Date())
      } catch (again) {
        if (lapsed(again)) throw invalid("HOLD_EXPIRED", "The time was taken while you paid; your payment is being refunded in full")
        throw again
      }
    }
    return new StepResponse(undefined, before.map((a) => ({ id: a.id, expires_at: a.expires_at })))
  },
  // The order was not placed after all: the holds go back to what they were.
  async (previous, { container }) => {
    if (!previous || previous.length === 0) return
    await container
      .resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
      .updateAppointments(previous.map((hold) => ({ id: hold.id, status: "held" as const, expires_at: hold.expires_at, paid_fen: null, payment_status: "pending" as const })))
  },
)
