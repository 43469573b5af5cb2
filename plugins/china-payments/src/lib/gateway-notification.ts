/**
 * What a verified gateway notification says, in the same words for both
 * gateways. Nothing here is believed until the caller has matched it against
 * the payment session (amount and session id).
 */
export type GatewayNotification =
  | {
      kind: "payment"
      /** Our payment session id: the gateway order's out_trade_no. */
      sessionId: string
      /** Whether the customer has paid; other notifications (a closed order) change nothing here. */
      paid: boolean
      totalFen: number
      /** The gateway's own transaction number. */
      gatewayTradeNo: string
    }
  | {
      kind: "refund"
      sessionId: string
      /** Our refund request number (out_refund_no / out_request_no). */
      refundNo: string
      refundFen: number
      /** SUCCESS, or what went wrong (WeChat Pay: CLOSED, ABNORMAL). */
      status: string
    }
