import type { BigNumberInput, IPromotionModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { APPOINTMENT_MODULE } from "../../modules/appointment"
import type AppointmentModuleService from "../../modules/appointment/service"
import { FirstBookingUsedError, HoldsLapsedError } from "../../modules/appointment/service"
import { FIRST_BOOKING_RULE } from "../../lib/first-booking"
import { deleteDeadCompletionOrders } from "../../lib/dead-completion-orders"
import { retakeLapsedHolds } from "../../lib/holds"
import { isLive } from "../../lib/schedules"

type Metadata = Record<string, unknown> | null | undefined
const appointmentIdOf = (metadata: Metadata) => (typeof metadata?.appointment_id === "string" ? metadata.appointment_id : undefined)

/** Medusa keeps the code of INVALID_DATA errors (400), so clients can match on it. */
const invalid = (code: string, message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message, code)

type Adjustments = Array<{ amount: BigNumberInput; promotion_id?: string | null }> | null | undefined

/** Whether one of these adjustments comes from a promotion for first bookings only. */
async function usesFirstBookingOffer(container: MedusaContainer, adjustments: Adjustments[]): Promise<boolean> {
  const ids = [...new Set(adjustments.flatMap((list) => (list ?? []).map((adjustment) => adjustment.promotion_id)).filter((id): id is string => Boolean(id)))]
  if (ids.length === 0) return false
  const promotions = await container.resolve<IPromotionModuleService>(Modules.PROMOTION).listPromotions({ id: ids }, { relations: ["rules"] })
  return promotions.some((promotion) => (promotion.rules ?? []).some((rule) => rule.attribute === FIRST_BOOKING_RULE.attribute))
}

/** The order a cart became, if it did. */
async function orderOfCart(container: MedusaContainer, cartId: string): Promise<string | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return (data[0] as { order_id?: string } | undefined)?.order_id
}

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
    const { id: cartId, items = [], customer } = cart as { id: string; customer?: { id?: string } | null; items?: Array<{ metadata?: Metadata; unit_price: BigNumberInput; quantity: BigNumberInput; adjustments?: Adjustments }> }
    const customerId = customer?.id
    const holds = items
      .filter((item) => appointmentIdOf(item.metadata))
      // Prices are tax-inclusive major units; the line total less its promotions' adjustments, in fen, is what the customer pays.
      .map((item) => {
        const discount = (item.adjustments ?? []).reduce<BigNumberInput>((sum, adjustment) => MathBN.add(sum, adjustment.amount), 0)
        return {
          id: appointmentIdOf(item.metadata)!,
          paid_fen: Math.round(MathBN.mult(MathBN.sub(MathBN.mult(item.unit_price, item.quantity), discount), 100).toNumber()),
          // The line's price before promotions: for a deposit booking, the deposit; the rest of the price is the balance due.
          charged_fen: Math.round(MathBN.mult(item.unit_price, 100).toNumber()),
        }
      })
    if (holds.length === 0) return new StepResponse(undefined, [] as Array<{ id: string; expires_at: Date | null }>)
    // Completing a cart that is already an order (a client retrying after a lost answer) answers that order:
    // Medusa runs this hook before it looks, and its holds, long confirmed, must not be refused as lapsed.
    // Should commerce have died before `order.placed` reached its subscriber, the appointments learn their order here.
    const orderId = await orderOfCart(container, cartId)
    if (orderId) {
      const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
      const unrecorded = (await appointments.listAppointments({ id: holds.map((h) => h.id) }, { select: ["id", "order_id"] })).filter((a) => !a.order_id)
      if (unrecorded.length > 0) await appointments.updateAppointments(unrecorded.map((a) => ({ id: a.id, order_id: orderId })))
      return new StepResponse(undefined, [] as Array<{ id: string; expires_at: Date | null }>)
    }
    const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
    const before = await appointments.listAppointments({ id: holds.map((h) => h.id) }, { select: ["id", "expires_at", "status", "order_id", "completing_cart_id", "created_at"] })
    // Confirmed by an earlier completion of this cart that never recorded an order: that completion was cut short,
    // perhaps after creating its order. Its compensation never ran; the order it left goes before this one is placed.
    if (before.some((a) => a.status === "confirmed" && !a.order_id && a.completing_cart_id === cartId)) {
      await deleteDeadCompletionOrders(container, { id: cartId, customerId }, before)
    }
    // The offer was right when the cart was priced; by now another cart may have been the first booking.
    const firstBooking = customerId && (await usesFirstBookingOffer(container, items.map((item) => item.adjustments))) ? { firstBookingOf: customerId } : {}
    // The cart is recorded, so that should commerce die before the order exists, completing this cart again confirms again.
    const options = { ...firstBooking, cartId }
    const confirm = async () => {
      try {
        await appointments.confirmHolds(holds, new Date(), options)
      } catch (error) {
        if (error instanceof FirstBookingUsedError || (error as Error).message === new FirstBookingUsedError().message) {
          throw invalid("FIRST_BOOKING_USED", "首单优惠只能用于第一次预约，请移除优惠码后重新支付 · The first-booking offer is for a first booking only; remove the code and pay again")
        }
        throw error
      }
    }
    const lapsed = (error: unknown) => error instanceof HoldsLapsedError || (error as Error).message === "A hold has lapsed"
    try {
      await confirm()
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
        await confirm()
      } catch (again) {
        if (lapsed(again)) throw invalid("HOLD_EXPIRED", "The time was taken while you paid; your payment is being refunded in full")
        throw again
      }
    }
    return new StepResponse(undefined, before.map((a) => ({ id: a.id, expires_at: a.expires_at })))
  },
  // The order was not placed after all: the holds go back to what they were. One confirmed by an earlier,
  // cut-short completion had no expiry left: it goes back as a hold that has lapsed, freeing its time.
  async (previous, { container }) => {
    if (!previous || previous.length === 0) return
    const now = new Date()
    await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).updateAppointments(
      previous.map((hold) => ({
        id: hold.id,
        status: "held" as const,
        expires_at: hold.expires_at ?? now,
        completing_cart_id: null,
        paid_fen: null,
        balance_due_fen: null,
        payment_status: "pending" as const,
      })),
    )
  },
)
