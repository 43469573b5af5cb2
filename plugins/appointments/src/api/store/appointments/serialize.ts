import { customerChanges, FINAL_STATUSES, toZonedIso, type AppointmentStatus } from "@doorstep/booking-core"
import { balanceDue, cancellationTermsIn, paymentTermsOf } from "../../../lib/payment-terms"
import { isLive } from "../../../lib/schedules"

interface StoredAppointment {
  id: string
  status: string
  beautician_id: string
  variant_id: string
  order_id: string | null
  starts_at: Date | string
  ends_at: Date | string
  expires_at: Date | string | null
  paid_fen: number | null
  cancellation_fee_fen: number | null
  refund_fen: number | null
  payment_status: string
  address: Record<string, unknown>
  policy_terms?: unknown
  price_fen?: number | null
  balance_due_fen?: number | null
  balance_paid_fen?: number | null
  created_at: Date | string
}

const iso = (value: Date | string, timezone: string) => toZonedIso(new Date(value).getTime(), timezone)

/**
 * What a customer sees of their appointment: times with the city's offset, never
 * internal ranges; a hold past its expiry reads as expired before the job marks it.
 */
export function serializeAppointment(appointment: StoredAppointment, timezone: string, now = Date.now()) {
  const lapsed = appointment.status === "held" && !isLive(appointment, now)
  const status = (lapsed ? "expired" : appointment.status) as AppointmentStatus
  return {
    id: appointment.id,
    status,
    /** Nothing more will happen to it. */
    final: FINAL_STATUSES.includes(status),
    /** What the customer may still ask for; the cancellation quote says at what cost, a move is refused past the policy's cut-off. */
    changes: customerChanges(status),
    beautician_id: appointment.beautician_id,
    variant_id: appointment.variant_id,
    order_id: appointment.order_id,
    start: iso(appointment.starts_at, timezone),
    end: iso(appointment.ends_at, timezone),
    expires_at: appointment.status === "held" && !lapsed && appointment.expires_at ? iso(appointment.expires_at, timezone) : null,
    paid_fen: appointment.paid_fen,
    cancellation_fee_fen: appointment.cancellation_fee_fen,
    refund_fen: appointment.refund_fen,
    payment_status: appointment.payment_status,
    address: appointment.address,
    /** The cancellation terms this booking is under (its studio's when it was made). */
    cancellation_terms: cancellationTermsIn(appointment.policy_terms),
    /**
     * How it is paid (its studio's terms when it was made): in full, or a
     * deposit at checkout and the balance after the job. `balance_due_fen`
     * is what is still to pay (nothing once paid, or for a cancelled booking).
     */
    payment: {
      ...paymentTermsOf(appointment.policy_terms),
      price_fen: appointment.price_fen ?? null,
      balance_due_fen: balanceDue(appointment),
      balance_paid_fen: appointment.balance_paid_fen ?? null,
    },
    created_at: new Date(appointment.created_at).toISOString(),
  }
}
