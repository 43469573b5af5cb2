import type { KeyObject } from "node:crypto"
import { Aes, Formatter, Rsa } from "wechatpay-axios-plugin"
import type { GatewayNotification } from "./gateway-notification"
import { NotificationRejected } from "./notification-rejected"

/** What our WeChat Pay merchant account verifies notifications with. */
export interface WechatpayNotificationKeys {
  /** The APIv3 key (32 characters): it decrypts each notification's `resource`. */
  apiV3Key: string
  /** WeChat Pay's public keys (platform certificate or public-key mode), by the serial/id in `Wechatpay-Serial`. */
  platformKeys: Record<string, string | KeyObject>
}

export interface WechatpayNotification {
  id: string
  eventType: string
  createTime: string
  /** The decrypted `resource`: for payments, the transaction (`out_trade_no`, `trade_state`, `amount`, ...). */
  resource: Record<string, unknown>
}

/** Notifications older or newer than this are refused, so a captured one cannot be replayed later. */
export const WECHATPAY_MAX_SKEW_SECONDS = 300

const header = (headers: Record<string, string | string[] | undefined>, name: string): string | undefined => {
  const value = headers[name] ?? headers[name.toLowerCase()]
  return Array.isArray(value) ? value[0] : value
}

/**
 * Believes a WeChat Pay APIv3 notification only when its signature over the raw
 * body verifies with the platform key it names, its timestamp is within five
 * minutes of `now`, and its resource decrypts (AEAD_AES_256_GCM) with our APIv3
 * key; throws `NotificationRejected` otherwise. Amount, currency and ids are the
 * caller's to check against the payment session.
 */
export function verifyWechatpayNotification(input: {
  headers: Record<string, string | string[] | undefined>
  rawBody: string
  keys: WechatpayNotificationKeys
  now: number
}): WechatpayNotification {
  const timestamp = header(input.headers, "Wechatpay-Timestamp")
  const nonce = header(input.headers, "Wechatpay-Nonce")
  const signature = header(input.headers, "Wechatpay-Signature")
  const serial = header(input.headers, "Wechatpay-Serial")
  if (!timestamp || !nonce || !signature || !serial) throw new NotificationRejected("MISSING_SIGNATURE", "Wechatpay-* signature headers are missing")
  const key = input.keys.platformKeys[serial]
  if (!key) throw new NotificationRejected("UNKNOWN_KEY", `No WeChat Pay platform key ${serial}`)
  const seconds = Number(timestamp)
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(input.now / 1000 - seconds) > WECHATPAY_MAX_SKEW_SECONDS) {
    throw new NotificationRejected("STALE_TIMESTAMP", `Timestamp ${timestamp} is not within ${WECHATPAY_MAX_SKEW_SECONDS} s of now`)
  }
  let verified = false
  try {
    verified = Rsa.verify(Formatter.response(timestamp, nonce, input.rawBody), signature, key)
  } catch {
    verified = false
  }
  if (!verified) throw new NotificationRejected("BAD_SIGNATURE", "The signature does not match the body")

  let body: { id?: string; event_type?: string; create_time?: string; resource?: { algorithm?: string; ciphertext?: string; nonce?: string; associated_data?: string } }
  try {
    body = JSON.parse(input.rawBody)
  } catch {
    throw new NotificationRejected("MALFORMED", "The body is not JSON")
  }
  const resource = body.resource
  if (!body.id || !body.event_type || !resource?.ciphertext || !resource.nonce || resource.algorithm !== "AEAD_AES_256_GCM") {
    throw new NotificationRejected("MALFORMED", "The notification has no AEAD_AES_256_GCM resource")
  }
  let plaintext: string
  try {
    plaintext = Aes.AesGcm.decrypt(resource.ciphertext, input.keys.apiV3Key, resource.nonce, resource.associated_data ?? "")
  } catch {
    throw new NotificationRejected("BAD_CIPHERTEXT", "The resource does not decrypt with our APIv3 key")
  }
  try {
    return { id: body.id, eventType: body.event_type, createTime: body.create_time ?? "", resource: JSON.parse(plaintext) }
  } catch {
    throw new NotificationRejected("MALFORMED", "The decrypted resource is not JSON")
  }
}

/** The merchant account a notification must be addressed to, and the keys that verify it. */
export interface WechatpayAccount {
  mchid: string
  appid: string
  apiV3Key: string
  platformSerial: string
  platformPublicKey: string | KeyObject
}

interface NotifiedResource {
  appid?: string
  mchid?: string
  out_trade_no?: string
  transaction_id?: string
  trade_state?: string
  out_refund_no?: string
  refund_status?: string
  amount?: { total?: number; refund?: number; currency?: string }
}

const isFen = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value > 0

/**
 * A verified WeChat Pay notification, payment or refund, addressed to our
 * merchant (and, for payments, our app) in CNY; throws `NotificationRejected`
 * for anything else.
 */
export function readWechatpayNotification(
  account: WechatpayAccount,
  input: { headers: Record<string, string | string[] | undefined>; rawBody: string; now: number },
): GatewayNotification {
  const notification = verifyWechatpayNotification({
    ...input,
    keys: { apiV3Key: account.apiV3Key, platformKeys: { [account.platformSerial]: account.platformPublicKey } },
  })
  const resource = notification.resource as NotifiedResource
  if (resource.mchid !== account.mchid) throw new NotificationRejected("WRONG_APP", `The notification is for merchant ${resource.mchid}, not ours`)
  if (!resource.out_trade_no) throw new NotificationRejected("MALFORMED", "The notification names no out_trade_no")
  if (notification.eventType.startsWith("REFUND.")) {
    if (!resource.out_refund_no || !isFen(resource.amount?.refund)) throw new NotificationRejected("MALFORMED", "The refund notification has no out_refund_no or amount")
    return {
      kind: "refund",
      sessionId: resource.out_trade_no,
      refundNo: resource.out_refund_no,
      refundFen: resource.amount.refund,
      status: resource.refund_status ?? notification.eventType.slice("REFUND.".length),
    }
  }
  if (resource.appid !== account.appid) throw new NotificationRejected("WRONG_APP", `The notification is for app ${resource.appid}, not ours`)
  if (!isFen(resource.amount?.total) || resource.amount.currency !== "CNY") throw new NotificationRejected("MALFORMED", "The notification has no amount in CNY")
  return {
    kind: "payment",
    sessionId: resource.out_trade_no,
    paid: notification.eventType === "TRANSACTION.SUCCESS" && resource.trade_state === "SUCCESS",
    totalFen: resource.amount.total,
    gatewayTradeNo: resource.transaction_id ?? "",
  }
}
