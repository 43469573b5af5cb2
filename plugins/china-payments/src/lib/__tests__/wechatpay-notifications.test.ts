import { generateKeyPairSync } from "node:crypto"
import { signedWechatpayNotification } from "../../simulator/signing"
import { NotificationRejected } from "../notification-rejected"
import { verifyWechatpayNotification, type WechatpayNotificationKeys } from "../wechatpay-notifications"

const pem = () => generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } })
const platform = pem()
const impostor = pem()
const SERIAL = "PUB_KEY_ID_0114232134912410000000000000"
const apiV3Key = "doorstepApiV3KeyForTests32bytes!"
const keys: WechatpayNotificationKeys = { apiV3Key, platformKeys: { [SERIAL]: platform.publicKey } }
const now = Date.UTC(2026, 10, 25, 12, 0, 0)

const transaction = {
  appid: "wxd678efh567hg6787",
  mchid: "1230000109",
  out_trade_no: "pay_01JDOORSTEP",
  transaction_id: "4200000000202611250000000001",
  trade_state: "SUCCESS",
  amount: { total: 21800, currency: "CNY" },
}

const notification = (overrides: { privateKey?: string; at?: number; serial?: string } = {}) =>
  signedWechatpayNotification({
    platformPrivateKey: overrides.privateKey ?? platform.privateKey,
    serial: overrides.serial ?? SERIAL,
    apiV3Key,
    id: "EV-2018022511223320873",
    eventType: "TRANSACTION.SUCCESS",
    resource: transaction,
    now: overrides.at ?? now,
  })

const rejection = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    if (error instanceof NotificationRejected) return error.code
    throw error
  }
  return "ACCEPTED"
}

describe("verifyWechatpayNotification", () => {
  it("believes a notification signed with the platform key and decrypts its transaction", () => {
    const { headers, body } = notification()
    const verified = verifyWechatpayNotification({ headers, rawBody: body, keys, now })
    expect(verified).toMatchObject({ id: "EV-2018022511223320873", eventType: "TRANSACTION.SUCCESS", resource: transaction })
  })

  it("reads the headers whatever their case, as Node delivers them", () => {
    const { headers, body } = notification()
    const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))
    expect(verifyWechatpayNotification({ headers: lower, rawBody: body, keys, now }).resource).toEqual(transaction)
  })

  it.each([
    ["signed with another key", () => notification({ privateKey: impostor.privateKey }), "BAD_SIGNATURE"],
    ["naming a key we do not have", () => notification({ serial: "PUB_KEY_ID_UNKNOWN" }), "UNKNOWN_KEY"],
    ["sent six minutes ago (a replay)", () => notification({ at: now - 6 * 60_000 }), "STALE_TIMESTAMP"],
    ["dated six minutes ahead", () => notification({ at: now + 6 * 60_000 }), "STALE_TIMESTAMP"],
  ])("refuses a notification %s", (_, make, code) => {
    const { headers, body } = make()
    expect(rejection(() => verifyWechatpayNotification({ headers, rawBody: body, keys, now }))).toBe(code)
  })

  it("accepts a notification four minutes old", () => {
    const { headers, body } = notification({ at: now - 4 * 60_000 })
    expect(rejection(() => verifyWechatpayNotification({ headers, rawBody: body, keys, now }))).toBe("ACCEPTED")
  })

  it("refuses a body changed after signing", () => {
    const { headers, body } = notification()
    const tampered = body.replace('"TRANSACTION.SUCCESS"', '"REFUND.SUCCESS"')
    expect(tampered).not.toBe(body)
    expect(rejection(() => verifyWechatpayNotification({ headers, rawBody: tampered, keys, now }))).toBe("BAD_SIGNATURE")
  })

  it("refuses a resource that our APIv3 key does not decrypt", () => {
    const { headers, body } = notification()
    const otherKey = { ...keys, apiV3Key: "anotherMerchantsApiV3Key32bytes!" }
    expect(rejection(() => verifyWechatpayNotification({ headers, rawBody: body, keys: otherKey, now }))).toBe("BAD_CIPHERTEXT")
  })

  it("refuses a notification without its signature headers", () => {
    const { headers, body } = notification()
    const { "Wechatpay-Signature": _signature, ...unsigned } = headers
    expect(rejection(() => verifyWechatpayNotification({ headers: unsigned, rawBody: body, keys, now }))).toBe("MISSING_SIGNATURE")
  })
})
