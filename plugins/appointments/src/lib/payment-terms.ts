import { DEFAULT_POLICY_TERMS, type PolicyTerms } from "@doorstep/booking-core"

/** How a studio is paid at checkout: the whole price, or a deposit of `deposit_percent` (10–90) with the balance after the job. */
export type PaymentTerms = { mode: "full" } | { mode: "deposit"; deposit_percent: number }

export const FULL_PAYMENT: PaymentTerms = { mode: "full" }
export const DEPOSIT_PERCENT_MIN = 10
export const DEPOSIT_PERCENT_MAX = 90

/**
 * A studio's terms as stored (`merchant_policy.terms`) and copied onto each
 * appointment at hold (`appointment.policy_terms`): the cancellation terms,
 * and `payment` beside them.
 */
export type StoredTerms = PolicyTerms & { payment?: PaymentTerms }

/** The payment terms in stored terms (full payment when there are none). */
export const paymentTermsOf = (terms: unknown): PaymentTerms => {
  const payment = (terms as StoredTerms | null | undefined)?.payment
  return payment?.mode === "deposit" ? { mode: "deposit", deposit_percent: payment.deposit_percent } : FULL_PAYMENT
}

/** The cancellation terms in stored terms, without the payment terms. */
export const cancellationTermsIn = (terms: unknown): PolicyTerms => {
  if (!terms) return DEFAULT_POLICY_TERMS
  const { payment: _payment, ...cancellation } = terms as StoredTerms
  return cancellation
}

/** What checkout charges for a price of `priceFen`: all of it, or the deposit in whole fen (rounded half up). */
/** A deposit booking's balance still to pay: nothing once paid, or for a cancelled booking. */
export const balanceDue = (appointment: { status: string; balance_due_fen?: number | null; balance_paid_fen?: number | null }): number =>
  appointment.status === "cancelled" || appointment.balance_paid_fen ? 0 : (appointment.balance_due_fen ?? 0)

export const chargedAtCheckout = (priceFen: number, payment: PaymentTerms): number =>
  payment.mode === "deposit" ? Math.round((priceFen * payment.deposit_percent) / 100) : priceFen
