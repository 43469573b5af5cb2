import { generateKeyPairSync } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { AlipaySdk } from "alipay-sdk"
import { verifyAlipayNotification } from "../../lib/alipay-notifications"
import { NotificationRejected } from "../../lib/notification-rejected"
import { AlipaySimulator } from "../alipay-gateway"

const pem = () => generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } })
const appKeys = pem()
const alipayKeys = pem()
const strangerKeys = pem()
const APP_ID = "2021000000000001"

describe("AlipaySimulator", () => {
  const simulator = new AlipaySimulator({ app: { appId: APP_ID, publicKey: appKeys.publicKey }, alipayPrivateKey: alipayKeys.privateKey })
  const sdkFor = (gateway: string, privateKey = appKeys.privateKey, alipayPublicKey = alipayKeys.publicKey) =>
    new AlipaySdk({ appId: APP_ID, privateKey, keyType: "PKCS8", alipayPublicKey, gateway })
  let sdk: AlipaySdk
  let gateway: string
  let notifyUrl: string
  const received: Array<{ outTradeNo?: string; totalFen?: number; rejected?: string }> = []
  // The merchant's notification route: Alipay wants the plain word "success", anything else means "try again".
  const receiver = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    try {
      const notification = verifyAlipayNotification(sdk, APP_ID, Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString("utf8"))))
      received.push({ outTradeNo: notification.outTradeNo, totalFen: notification.totalFen })
      res.end("success")
    } catch (error) {
      received.push({ rejected: error instanceof NotificationRejected ? error.code : String(error) })
      res.end("failure")
    }
  })

  beforeAll(async () => {
    gateway = await simulator.start()
    sdk = sdkFor(gateway)
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
    notifyUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/payments/alipay`
  })
  afterAll(async () => {
    await simulator.stop()
    await new Promise((resolve) => receiver.close(resolve))
  })

  const pagePay = (outTradeNo: string, client = sdk) =>
    client.pageExecute("alipay.trade.page.pay", "GET", {
      bizContent: { out_trade_no: outTradeNo, product_code: "FAST_INSTANT_TRADE_PAY", total_amount: "218.00", subject: "上门推拿 60 分钟" },
      notifyUrl,
      returnUrl: "http://127.0.0.1:8000/zh-CN/appointments",
    })

  it("shows the cashier for a page-pay link made by Alipay's SDK, and notifies the merchant once paid", async () => {
    const cashier = await fetch(pagePay("pay_alipay_1"))
    expect(cashier.status).toBe(200)
    const page = await cashier.text()
    expect(page).toContain("¥218.00")
    expect(page).toContain("上门推拿 60 分钟")

    const query = () => sdk.exec("alipay.trade.query", { bizContent: { out_trade_no: "pay_alipay_1" } }, { validateSign: true })
    expect(await query()).toMatchObject({ code: "10000", tradeStatus: "WAIT_BUYER_PAY", totalAmount: "218.00" })

    const paid = await fetch(`${new URL(gateway).origin}/cashier/pay_alipay_1/pay`, { method: "POST", redirect: "manual" })
    expect(paid.status).toBe(303)
    expect(paid.headers.get("location")).toBe("http://127.0.0.1:8000/zh-CN/appointments?out_trade_no=pay_alipay_1")
    expect(received.at(-1)).toEqual({ outTradeNo: "pay_alipay_1", totalFen: 21800 })
    expect(await query()).toMatchObject({ code: "10000", tradeStatus: "TRADE_SUCCESS", tradeNo: expect.any(String) })
  })

  it("closes an unpaid trade, and refuses to close a paid one", async () => {
    await fetch(pagePay("pay_alipay_2"))
    expect(await sdk.exec("alipay.trade.close", { bizContent: { out_trade_no: "pay_alipay_2" } }, { validateSign: true })).toMatchObject({ code: "10000" })
    expect(simulator.trade("pay_alipay_2")?.trade_status).toBe("TRADE_CLOSED")
    await fetch(pagePay("pay_alipay_3"))
    await simulator.pay("pay_alipay_3")
    expect(await sdk.exec("alipay.trade.close", { bizContent: { out_trade_no: "pay_alipay_3" } })).toMatchObject({ code: "40004", subCode: "ACQ.TRADE_STATUS_ERROR" })
  })

  it("refuses a request our app did not sign, and writes nothing", async () => {
    const forged = sdkFor(gateway, strangerKeys.privateKey)
    expect((await fetch(pagePay("pay_alipay_forged", forged))).status).toBe(400)
    expect(simulator.trade("pay_alipay_forged")).toBeUndefined()
    expect(await forged.exec("alipay.trade.query", { bizContent: { out_trade_no: "pay_alipay_1" } })).toMatchObject({ code: "40002", subCode: "isv.invalid-signature" })
  })

  it("is not believed by an SDK that holds another Alipay public key", async () => {
    const suspicious = sdkFor(gateway, appKeys.privateKey, strangerKeys.publicKey)
    await expect(suspicious.exec("alipay.trade.query", { bizContent: { out_trade_no: "pay_alipay_1" } }, { validateSign: true })).rejects.toThrow(/验签/)
  })
})
