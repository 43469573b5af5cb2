import { createSign, randomBytes, type KeyObject } from "node:crypto"
import { Aes, Formatter, Rsa } from "wechatpay-axios-plugin"

/**
 * The gateways' side of notification signing, for the local payment simulator
 * and tests (never used with real credentials): what WeChat Pay and Alipay do
 * before they call our notification routes.
 */

/** A WeChat Pay APIv3 notification: the resource encrypted with the merchant's APIv3 key, the body signed with the platform key. */
export function signedWechatpayNotification(input: {
  platformPrivateKey: string | KeyObject
  serial: string
  apiV3Key: string
  id: string
  eventType: string
  resource: Record<string, unknown>
  now: number
}): { headers: Record<string, string>; body: string } {
  const nonce = randomBytes(6).toString("hex") // 12 characters, as AEAD_AES_256_GCM wants
  const associatedData = "transaction"
  const body = JSON.stringify({
    id: input.id,
    create_time: new Date(input.now).toISOString(),
    resource_type: "encrypt-resource",
    event_type: input.eventType,
    summary: "支付成功",
    resource: {
      original_type: "transaction",
      algorithm: "AEAD_AES_256_GCM",
      ciphertext: Aes.AesGcm.encrypt(JSON.stringify(input.resource), input.apiV3Key, nonce, associatedData),
      associated_data: associatedData,
      nonce,
    },
  })
  const timestamp = String(Math.floor(input.now / 1000))
  const headerNonce = randomBytes(16).toString("hex")
  return {
    headers: {
      "Wechatpay-Timestamp": timestamp,
      "Wechatpay-Nonce": headerNonce,
      "Wechatpay-Serial": input.serial,
      "Wechatpay-Signature": Rsa.sign(Formatter.response(timestamp, headerNonce, body), input.platformPrivateKey),
      "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
    },
    body,
  }
}

/** An Alipay asynchronous notification: every parameter but `sign` and `sign_type`, sorted, signed RSA2 with Alipay's key. */
export function signedAlipayNotification(alipayPrivateKey: string | KeyObject, params: Record<string, string>): Record<string, string> {
  const content = Object.keys(params)
    .filter((key) => key !== "sign" && key !== "sign_type" && params[key] !== "")
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join("&")
  return { ...params, sign_type: "RSA2", sign: createSign("RSA-SHA256").update(content, "utf8").sign(alipayPrivateKey, "base64") }
}
