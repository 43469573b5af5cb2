import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { changePolicyFrom, quoteChange, type ChangePolicy, type PolicyTerms } from "@doorstep/booking-core"
import { DomainError } from "../api/domain-error"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"

/** The signed-in customer's appointment by id; anyone else's is "not found", never "forbidden". */
export async function ownAppointment(req: AuthenticatedMedusaRequest) {
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const [appointment] = await appointments.listAppointments({ id: req.params.id, customer_id: req.auth_context.actor_id })
  if (!appointment) throw new DomainError(404, "APPOINTMENT_NOT_FOUND", `No appointment ${req.params.id}`)
  return { appointment, appointments }
}

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

export const serializeQuote = (quote: ReturnType<typeof quoteChange>) => ({
  allowed: quote.allowed,
  fee_percent: quote.feePercent,
  fee_fen: quote.feeAmount,
  refund_fen: quote.refundAmount,
  currency_code: "cny",
  minutes_before: quote.minutesBefore,
})
