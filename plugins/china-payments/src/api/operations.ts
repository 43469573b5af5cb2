import { z } from "zod"
import { defineOperations } from "@doorstep/appointments/api/openapi"

const wechatFailure = (description: string) => ({
  mediaType: "application/json",
  description,
  schema: z.object({ code: z.literal("FAIL"), message: z.string() }),
})
const alipayFailure = (description: string) => ({ mediaType: "text/plain", description, schema: z.string().meta({ example: "failure" }) })

/** WeChat Pay's v3 notification envelope; the payment or refund itself is in the encrypted `resource`. */
const WechatpayNotification = z.looseObject({
  id: z.string(),
  create_time: z.string(),
  event_type: z.string().meta({ example: "TRANSACTION.SUCCESS" }),
  resource_type: z.string(),
  resource: z.looseObject({ algorithm: z.string(), ciphertext: z.string(), nonce: z.string(), associated_data: z.string().optional(), original_type: z.string() }),
})

/** Alipay's form-encoded asynchronous notification, signed with `sign` over the other fields. */
const AlipayNotification = z.looseObject({
  notify_id: z.string(),
  app_id: z.string(),
  out_trade_no: z.string(),
  trade_status: z.string().meta({ example: "TRADE_SUCCESS" }),
  total_amount: z.string(),
  sign_type: z.string(),
  sign: z.string(),
})

export const operations = defineOperations({
  "POST /hooks/payments/wechatpay": {
    summary: "WeChat Pay's payment and refund notifications",
    description: "Verified (platform certificate signature, timestamp, decryption) before anything changes; answered in WeChat Pay's protocol, and WeChat Pay sends again after any error.",
    auth: "signature",
    body: WechatpayNotification,
    example: {
      id: "EV-2018022511223320873",
      create_time: "2026-12-02T10:00:00+08:00",
      event_type: "TRANSACTION.SUCCESS",
      resource_type: "encrypt-resource",
      resource: { algorithm: "AEAD_AES_256_GCM", ciphertext: "…", nonce: "fdasflkja484w", associated_data: "transaction", original_type: "transaction" },
    },
    responses: { 204: null },
    failures: {
      400: wechatFailure("The notification failed verification or names no payment of ours."),
      404: wechatFailure("WeChat Pay is not configured."),
      500: wechatFailure("Not handled; WeChat Pay should send it again."),
    },
  },
  "POST /hooks/payments/alipay": {
    summary: "Alipay's asynchronous notifications",
    description: "Verified (Alipay's public key signature, app id) before anything changes; answered in Alipay's protocol: the plain text `success` once handled, anything else and Alipay sends it again.",
    auth: "signature",
    body: AlipayNotification,
    bodyMediaType: "application/x-www-form-urlencoded",
    example: { notify_id: "2026120200222100000000000000", app_id: "2021000000000000", out_trade_no: "pay_01J…", trade_status: "TRADE_SUCCESS", total_amount: "218.00", sign_type: "RSA2", sign: "…" },
    responses: { 200: { mediaType: "text/plain", description: "Handled.", schema: z.literal("success") } },
    failures: {
      400: alipayFailure("The notification failed verification (`failure: <code>`)."),
      404: alipayFailure("Alipay is not configured."),
      500: alipayFailure("Not handled; Alipay should send it again."),
    },
  },
})
