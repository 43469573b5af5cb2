import crypto from "node:crypto"
import { webhookRejection } from "../webhook-signature"

const secret = "s3cret"
const now = new Date("2026-12-01T08:00:00Z")
const at = (seconds: number) => String(Math.floor(now.getTime() / 1000) + seconds)
const sign = (timestamp: string, body: string, key = secret) => `sha256=${crypto.createHmac("sha256", key).update(`${timestamp}.${body}`).digest("hex")}`
const body = '{"event":"entry.publish","model":"article","documentId":"a1","locale":"en"}'

describe("webhookRejection", () => {
  it("accepts the cms's signature over the timestamp and the exact body", () => {
    expect(webhookRejection({ secret, timestamp: at(0), signature: sign(at(0), body), rawBody: body, now })).toBeNull()
    expect(webhookRejection({ secret, timestamp: at(-299), signature: sign(at(-299), body), rawBody: body, now })).toBeNull()
  })

  it("refuses a missing header, another secret, a changed body or a replayed timestamp", () => {
    expect(webhookRejection({ secret, timestamp: undefined, signature: sign(at(0), body), rawBody: body, now })).toBe("UNSIGNED_WEBHOOK")
    expect(webhookRejection({ secret, timestamp: at(0), signature: undefined, rawBody: body, now })).toBe("UNSIGNED_WEBHOOK")
    expect(webhookRejection({ secret, timestamp: at(0), signature: sign(at(0), body, "other"), rawBody: body, now })).toBe("INVALID_SIGNATURE")
    expect(webhookRejection({ secret, timestamp: at(0), signature: sign(at(0), body), rawBody: body.replace("a1", "a2"), now })).toBe("INVALID_SIGNATURE")
    // The signature of one moment does not carry over to another.
    expect(webhookRejection({ secret, timestamp: at(1), signature: sign(at(0), body), rawBody: body, now })).toBe("INVALID_SIGNATURE")
    expect(webhookRejection({ secret, timestamp: at(0), signature: "sha256=zz", rawBody: body, now })).toBe("INVALID_SIGNATURE")
  })

  it("refuses timestamps more than five minutes away, either way, and ones that are no number", () => {
    expect(webhookRejection({ secret, timestamp: at(-301), signature: sign(at(-301), body), rawBody: body, now })).toBe("STALE_WEBHOOK")
    expect(webhookRejection({ secret, timestamp: at(301), signature: sign(at(301), body), rawBody: body, now })).toBe("STALE_WEBHOOK")
    expect(webhookRejection({ secret, timestamp: "1e9", signature: sign("1e9", body), rawBody: body, now })).toBe("STALE_WEBHOOK")
  })
})
