import { generateKeyPairSync } from "node:crypto"
import { AlipaySdk } from "alipay-sdk"
import { signedAlipayNotification } from "../../simulator/signing"
import { verifyAlipayNotification } from "../alipay-notifications"
import { NotificationRejected } from "../notification-rejected"

const pem = () => generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } })
const alipay = pem() // Alipay's own key pair: it signs, we hold the public half
const merchant = pem() // our app's key pair: we sign requests with it
const impostor = pem()
const APP_ID = "2021000000000001"
const sdk = new AlipaySdk({ appId: APP_ID, privateKey: merchant.privateKey, keyType: "PKCS8", alipayPublicKey: alipay.publicKey })

const paid = {
  notify_id: "2026112500222120000000000000000000",
  notify_type: "trade_status_sync",
  notify_time: "2026-11-25 20:00:00",
  app_id: APP_ID,
  charset: "utf-8",
  version: "1.0",
  out_trade_no: "pay_01JDOORSTEP",
  trade_no: "2026112522001400000000000001",
  trade_status: "TRADE_SUCCESS",
  total_amount: "218.00",
  subject: "上门推拿 60 分钟",
}

const rejection = (params: Record<string, string>): string => {
  try {
    verifyAlipayNotification(sdk, APP_ID, params)
    return "ACCEPTED"
  } catch (error) {
    if (error instanceof NotificationRejected) return error.code
    throw error
  }
}

describe("verifyAlipayNotification", () => {
  it("believes a notification Alipay signed RSA2, with the amount in fen", () => {
    const verified = verifyAlipayNotification(sdk, APP_ID, signedAlipayNotification(alipay.privateKey, paid))
    expect(verified).toMatchObject({ outTradeNo: "pay_01JDOORSTEP", tradeStatus: "TRADE_SUCCESS", totalFen: 21800, appId: APP_ID })
  })

  it("refuses a changed amount", () => {
    expect(rejection({ ...signedAlipayNotification(alipay.privateKey, paid), total_amount: "0.01" })).toBe("BAD_SIGNATURE")
  })

  it("refuses a notification signed with another key", () => {
    expect(rejection(signedAlipayNotification(impostor.privateKey, paid))).toBe("BAD_SIGNATURE")
  })

  it("refuses one signed for another app, even when the signature is Alipay's", () => {
    expect(rejection(signedAlipayNotification(alipay.privateKey, { ...paid, app_id: "2021000000009999" }))).toBe("WRONG_APP")
  })

  it("refuses the older RSA (SHA-1) signature type and a missing signature", () => {
    expect(rejection({ ...signedAlipayNotification(alipay.privateKey, paid), sign_type: "RSA" })).toBe("WEAK_SIGNATURE_TYPE")
    const { sign: _sign, ...unsigned } = signedAlipayNotification(alipay.privateKey, paid)
    expect(rejection(unsigned)).toBe("MISSING_SIGNATURE")
  })

  it.each(["1e3", "-1", "218.005"])("refuses a signed notification whose total_amount is %j", (amount) => {
    expect(rejection(signedAlipayNotification(alipay.privateKey, { ...paid, total_amount: amount }))).toBe("MALFORMED")
  })

  it("keeps a parameter with a % sign intact", () => {
    expect(rejection(signedAlipayNotification(alipay.privateKey, { ...paid, subject: "满 100% 好评" }))).toBe("ACCEPTED")
  })
})
