import { AlipaySdk } from "alipay-sdk"
import { yuanToFen } from "@doorstep/booking-core"
import type { GatewayNotification } from "./gateway-notification"
import { NotificationRejected } from "./notification-rejected"

export interface AlipayNotification {
  notifyId: string
  appId: string
  outTradeNo: string
  tradeNo: string
  tradeStatus: string
  totalFen: number
  /** Every parameter as received, for the record. */
  params: Record<string, string>
}

/**
 * Believes an Alipay asynchronous notification only when it is signed RSA2 with
 * Alipay's public key (checked by Alipay's own SDK) and addressed to our app;
 * throws `NotificationRejected` otherwise. The older RSA (SHA-1) type is refused
 * even though the SDK would accept it. Amount and order are the caller's to
 * check against the payment session.
 */
export function verifyAlipayNotification(sdk: AlipaySdk, appId: string, params: Record<string, string>): AlipayNotification {
  if (!params.sign) throw new NotificationRejected("MISSING_SIGNATURE", "The notification is not signed")
  if (params.sign_type !== "RSA2") throw new NotificationRejected("WEAK_SIGNATURE_TYPE", `Only RSA2 signatures are accepted, not ${params.sign_type ?? "none"}`)
  let verified = false
  try {
    // Form values arrive decoded already; decoding again would break any "%" in them.
    verified = sdk.checkNotifySign(params, true)
  } catch {
    verified = false
  }
  if (!verified) throw new NotificationRejected("BAD_SIGNATURE", "The signature does not match the parameters")
  if (params.app_id !== appId) throw new NotificationRejected("WRONG_APP", `The notification is for app ${params.app_id}, not ours`)
  for (const field of ["notify_id", "out_trade_no", "trade_no", "trade_status", "total_amount"]) {
    if (!params[field]) throw new NotificationRejected("MALFORMED", `The notification has no ${field}`)
  }
  return {
    notifyId: params.notify_id,
    appId: params.app_id,
    outTradeNo: params.out_trade_no,
    tradeNo: params.trade_no,
    tradeStatus: params.trade_status,
    totalFen: amountInFen(params.total_amount),
    params,
  }
}

function amountInFen(totalAmount: string): number {
  try {
    return yuanToFen(totalAmount)
  } catch {
    throw new NotificationRejected("MALFORMED", `Not an amount in yuan: ${totalAmount}`)
  }
}

/**
 * A verified Alipay notification in the words both gateways share. A trade
 * status notification that carries `refund_fee` reports a refund (Alipay sends
 * one after each refund, with the total refunded so far).
 */
export function readAlipayNotification(sdk: AlipaySdk, appId: string, params: Record<string, string>): GatewayNotification {
  const notification = verifyAlipayNotification(sdk, appId, params)
  if (params.refund_fee) {
    return {
      kind: "refund",
      sessionId: notification.outTradeNo,
      refundNo: params.out_biz_no ?? "",
      refundFen: amountInFen(params.refund_fee),
      status: "SUCCESS",
    }
  }
  return {
    kind: "payment",
    sessionId: notification.outTradeNo,
    paid: notification.tradeStatus === "TRADE_SUCCESS" || notification.tradeStatus === "TRADE_FINISHED",
    totalFen: notification.totalFen,
    gatewayTradeNo: notification.tradeNo,
  }
}
