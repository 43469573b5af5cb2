import crypto from "node:crypto"

/** How far a webhook's timestamp may be from our clock, either way. */
export const WEBHOOK_TOLERANCE_SECONDS = 300

export type WebhookRejection = "UNSIGNED_WEBHOOK" | "STALE_WEBHOOK" | "INVALID_SIGNATURE"

/**
 * Checks the cms's signature: `x-doorstep-signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>`
 * with `x-doorstep-timestamp` in unix seconds within five minutes of `now`.
 * Resolves to the reason it is refused, or `null` when it is the cms's.
 */
export function webhookRejection(input: { secret: string; timestamp: string | undefined; signature: string | undefined; rawBody: string; now: Date }): WebhookRejection | null {
  const { secret, timestamp, signature, rawBody, now } = input
  if (!timestamp || !signature) return "UNSIGNED_WEBHOOK"
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now.getTime() / 1000 - Number(timestamp)) > WEBHOOK_TOLERANCE_SECONDS) return "STALE_WEBHOOK"
  const expected = Buffer.from(`sha256=${crypto.createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex")}`)
  const given = Buffer.from(signature)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? null : "INVALID_SIGNATURE"
}
