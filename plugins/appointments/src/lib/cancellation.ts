import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { changePolicyFrom, quoteChange, TransitionError, type ChangePolicy, type PolicyTerms } from "@doorstep/booking-core"
import { DomainError } from "../api/domain-error"
import { APPOINTMENT_CANCELLED_EVENT, APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import { AppointmentChangedError, type AppointmentRow } from "../modules/appointment/service"
import { refundCancelled } from "./refunds"

/** The policy an appointment was booked under: its studio's terms then, or the platform's default. */
export const policyOf = (appointment: { policy_terms?: unknown }, fallback: ChangePolicy): ChangePolicy =>
  appointment.policy_terms ? changePolicyFrom(appointment.policy_terms as PolicyTerms) : fallback

/**
 * What cancelling now would cost: the policy's fee on what the booking costs
 * in all (what was paid plus a deposit booking's balance still due), but
 * never more than was paid; the refund is what was paid less the fee
 * (nothing, for a hold).
 */
export function cancellationQuote(policy: ChangePolicy, appointment: { starts_at: Date | string; paid_fen: number | null; balance_due_fen?: number | null }, now: number) {
  const paid = appointment.paid_fen ?? 0
  const price = paid > 0 ? paid + (appointment.balance_due_fen ?? 0) : 0
  const quote = quoteChange(policy, "cancel", { now, start: new Date(appointment.starts_at).getTime(), amountPaid: price })
  const feeAmount = Math.min(quote.feeAmount, paid)
  return { ...quote, feeAmount, refundAmount: paid - feeAmount }
}

/**
 * What staff cancelling now would cost the customer: the policy's quote, or
 * everything paid back when they waive the fee (the studio's call, not the
 * policy's).
 */
export function staffCancellationQuote(policy: ChangePolicy, appointment: Parameters<typeof cancellationQuote>[1], now: number, waiveFee: boolean) {
  const quote = cancellationQuote(policy, appointment, now)
  return waiveFee ? { ...quote, feeAmount: 0, refundAmount: appointment.paid_fen ?? 0 } : quote
}

export const serializeQuote = (quote: ReturnType<typeof quoteChange>) => ({
  allowed: quote.allowed,
  fee_percent: quote.feePercent,
  fee_fen: quote.feeAmount,
  refund_fen: quote.refundAmount,
  currency_code: "cny",
  minutes_before: quote.minutesBefore,
})

/** What a cancellation gives back, and who asked for it. */
export interface Cancellation {
  quote: { feeAmount: number; refundAmount: number }
  actor: string
  reason?: string
  waived?: boolean
}

/**
 * Cancels `appointment` as quoted — only if it is still in the status it was
 * read in, so two cancellations at once record one refund — then tells
 * dispatch and refunds through the gateway that was paid. Resolves to the
 * cancelled appointment as stored.
 */
export async function cancelAndRefund(container: MedusaContainer, appointment: AppointmentRow, cancellation: Cancellation, now: Date) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  try {
    await appointments.cancelAppointment({
      id: appointment.id,
      expected_status: appointment.status,
      now,
      fee_fen: cancellation.quote.feeAmount,
      refund_fen: cancellation.quote.refundAmount,
      actor: cancellation.actor,
      reason: cancellation.reason,
      waived: cancellation.waived,
    })
  } catch (error) {
    if (error instanceof TransitionError) throw new DomainError(409, error.code, error.message)
    if (error instanceof AppointmentChangedError) throw new DomainError(409, "INVALID_TRANSITION", "预约刚刚被更改，请刷新后再试 · The appointment has just changed; reload and try again")
    throw error
  }
  await container.resolve(Modules.EVENT_BUS).emit({ name: APPOINTMENT_CANCELLED_EVENT, data: { id: appointment.id } })
  const [recorded] = await appointments.listAppointments({ id: appointment.id })
  await refundCancelled(container, recorded)
  const [cancelled] = await appointments.listAppointments({ id: appointment.id })
  return cancelled
}
