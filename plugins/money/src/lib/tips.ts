import type { MedusaContainer } from "@medusajs/framework/types"
import { fenToYuan } from "@doorstep/booking-core"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import type { AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { MONEY_MODULE, type MoneyModuleService } from "../modules/money"
import { createOwnCart, orderLines } from "./own-cart"

/** A tip is ¥1 to ¥500, given within 7 days of the job. */
export const TIP_MIN_FEN = 100
export const TIP_MAX_FEN = 50_000
export const TIP_WINDOW_DAYS = 7

/** What a customer sees of their tip; `cart_id` is the cart they pay it through (the usual checkout). */
export const publicTip = (tip: { id: string; appointment_id: string; amount_fen: number; status: string; cart_id: string | null; order_id: string | null; paid_at: Date | null }) => ({
  id: tip.id,
  appointment_id: tip.appointment_id,
  amount_fen: tip.amount_fen,
  currency_code: "cny",
  status: tip.status,
  cart_id: tip.cart_id,
  order_id: tip.order_id,
  paid_at: tip.paid_at,
})

const alreadyTipped = (tip: Parameters<typeof publicTip>[0]) =>
  new DomainError(409, "ALREADY_TIPPED", "这次服务已打赏 · This job has a tip already", undefined, { tip: publicTip(tip) })

type Appointment = Awaited<ReturnType<AppointmentModuleService["listAppointments"]>>[number]

/**
 * The customer of a completed appointment tips its beautician `amountFen`:
 * once per appointment (a second ask, even at the same moment, is 409
 * `ALREADY_TIPPED`), within 7 days of completion (409 `TIP_WINDOW_CLOSED`),
 * ¥1–¥500 (400 `TIP_OUT_OF_RANGE`). The tip gets a cart of its own in the
 * appointment order's region: one line, not discountable, that the customer
 * pays like any booking with the same payment providers; when that order is
 * placed, the tip is booked to the beautician (`bookPaidTips`).
 */
export async function askForTip(container: MedusaContainer, appointments: AppointmentModuleService, appointment: Appointment, amountFen: number, now: number) {
  if (!Number.isSafeInteger(amountFen) || amountFen < TIP_MIN_FEN || amountFen > TIP_MAX_FEN) {
    throw new DomainError(400, "TIP_OUT_OF_RANGE", `打赏金额为 ¥${fenToYuan(TIP_MIN_FEN)}–¥${fenToYuan(TIP_MAX_FEN)} · A tip is ¥${fenToYuan(TIP_MIN_FEN)} to ¥${fenToYuan(TIP_MAX_FEN)}`, "amount_fen")
  }
  if (appointment.status !== "completed" || !appointment.order_id) throw new DomainError(409, "NOT_TIPPABLE", "服务完成后才能打赏 · Tips come after the job is done")
  const tips = container.resolve<MoneyModuleService>(MONEY_MODULE)
  const [existing] = await tips.listTips({ appointment_id: appointment.id })
  if (existing) throw alreadyTipped(existing as never)
  const [done] = await appointments.listAppointmentEvents({ appointment_id: appointment.id, status: "completed" }, { select: ["at"], order: { at: "DESC" }, take: 1 })
  if (!done || now - new Date(done.at).getTime() > TIP_WINDOW_DAYS * 24 * 3600_000) {
    throw new DomainError(409, "TIP_WINDOW_CLOSED", `服务完成 ${TIP_WINDOW_DAYS} 天内可打赏 · Tips are open for ${TIP_WINDOW_DAYS} days after the job`)
  }
  const [beautician] = await appointments.listBeauticians({ id: appointment.beautician_id }, { select: ["merchant_handle", "display_name"] })
  const tip = (await tips.createTipOnce({
    appointment_id: appointment.id,
    customer_id: appointment.customer_id,
    beautician_id: appointment.beautician_id,
    merchant_handle: beautician.merchant_handle,
    amount_fen: amountFen,
  })) as Parameters<typeof publicTip>[0] | null
  if (!tip) {
    const [winner] = await tips.listTips({ appointment_id: appointment.id })
    throw alreadyTipped(winner as never)
  }
  try {
    const cart = await createOwnCart(container, {
      orderId: appointment.order_id,
      customerId: appointment.customer_id,
      title: `小费 · Tip — ${beautician.display_name}`,
      amountFen,
      purpose: { tip_id: tip.id },
      lineMetadata: { tip_for_appointment_id: appointment.id },
    })
    return publicTip((await tips.updateTips({ id: tip.id, cart_id: cart.id })) as never)
  } catch (error) {
    // No cart, no tip: the customer may ask again.
    await tips.deleteTips(tip.id)
    throw error
  }
}

/** Books the tips an order paid for (its lines carrying `tip_id`), each once. Resolves to how many this call booked. */
export async function bookPaidTips(container: MedusaContainer, orderId: string): Promise<number> {
  let booked = 0
  for (const line of (await orderLines(container, orderId)).filter((item) => typeof item.metadata.tip_id === "string")) {
    if (await container.resolve<MoneyModuleService>(MONEY_MODULE).bookTip({ tip_id: line.metadata.tip_id as string, order_id: orderId, fen: line.fen })) booked++
  }
  return booked
}
