import type { BigNumberInput, WebhookActionResult } from "@medusajs/framework/types"
import { BigNumber, MedusaError, PaymentActions } from "@medusajs/framework/utils"
import type { GatewayNotification } from "../lib/gateway-notification"
import { NotificationRejected } from "../lib/notification-rejected"

/**
 * What both gateways' payment sessions share: one gateway order per Medusa
 * payment session (its out_trade_no is the session id), in fen, in CNY.
 */
export interface GatewaySession {
  out_trade_no: string
  total_fen: number
  [key: string]: unknown
}

/** Yuan as Medusa keeps them, in fen, exactly (amounts have at most two decimals). */
export const toFen = (amount: BigNumberInput) => Math.round(new BigNumber(amount).numeric * 100)

/** A provider must be configured whole: a half-configured gateway refuses to start. */
export function assertConfigured(gateway: string, options: Record<string, unknown>, required: readonly string[]): void {
  const missing = required.filter((key) => typeof options[key] !== "string" || options[key] === "")
  if (missing.length > 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${gateway} is half-configured: missing ${missing.join(", ")}`)
}

/** The gateway order a new session opens: its number is the session id, the currency CNY. */
export function newSession(gateway: string, input: { amount: BigNumberInput; currency_code: string; data?: Record<string, unknown> }) {
  if (input.currency_code.toLowerCase() !== "cny") throw new MedusaError(MedusaError.Types.INVALID_DATA, `${gateway} takes CNY only`)
  const data = input.data ?? {}
  if (typeof data.session_id !== "string") throw new MedusaError(MedusaError.Types.INVALID_DATA, "A payment session id is required")
  const description = typeof data.description === "string" ? data.description : "Doorstep 上门美容"
  return { outTradeNo: data.session_id, totalFen: toFen(input.amount), description, data }
}

export function sessionOf(gateway: string, data: Record<string, unknown> | undefined): GatewaySession {
  if (!data || typeof data.out_trade_no !== "string") throw new MedusaError(MedusaError.Types.INVALID_DATA, `Not a ${gateway} payment session`)
  return data as GatewaySession
}

/** A gateway order's amount cannot change: a new amount needs a new session. */
export function assertSameAmount(gateway: string, amount: BigNumberInput, session: GatewaySession): void {
  if (toFen(amount) !== session.total_fen) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A ${gateway} order's amount cannot change; start a new payment`)
}

/** The refunds made so far on a session, and the request number of the next one (so a retry never pays out twice). */
export function nextRefund(session: GatewaySession) {
  const refunds = Array.isArray(session.refunds) ? (session.refunds as Array<Record<string, unknown>>) : []
  return { refunds, requestNo: `${session.out_trade_no}-r${refunds.length + 1}` }
}

/**
 * Medusa's generic webhook route asks this; our own notification routes
 * (`/hooks/payments/*`) are the ones the gateways call, and they also match
 * the session. Anything not verified, or not a payment, changes nothing.
 */
export function webhookAction(read: () => GatewayNotification): WebhookActionResult {
  try {
    const notification = read()
    if (notification.kind !== "payment" || !notification.paid) return { action: PaymentActions.NOT_SUPPORTED }
    return { action: PaymentActions.SUCCESSFUL, data: { session_id: notification.sessionId, amount: new BigNumber(notification.totalFen / 100) } }
  } catch (error) {
    if (error instanceof NotificationRejected) return { action: PaymentActions.NOT_SUPPORTED }
    throw error
  }
}
