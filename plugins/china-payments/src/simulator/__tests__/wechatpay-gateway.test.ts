import { generateKeyPairSync } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { Wechatpay } from "wechatpay-axios-plugin"
import { NotificationRejected } from "../../lib/notification-rejected"
import { verifyWechatpayNotification } from "../../lib/wechatpay-notifications"
import { WechatpaySimulator, type SimulatedMerchant } from "../wechatpay-gateway"

const pem = () => generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } })
const merchantKeys = pem()
const platformKeys = pem()
const strangerKeys = pem()
const PLATFORM_SERIAL = "PUB_KEY_ID_SIMULATOR"
const merchant: SimulatedMerchant = {
  mchid: "1900000109",
  appid: "wxdoorstep0000001",
  serial: "3775B6A45ACD588826D15E583A95F5DD00000001",
  publicKey: merchantKeys.publicKey,
  apiV3Key: "doorstepApiV3KeyForTests32bytes!",
}

/** The merchant's side: our WeChat Pay client, and the notification route's checks. */
const client = (baseURL: string, privateKey = merchantKeys.privateKey, trusted = platformKeys.publicKey) =>
  new Wechatpay({ mchid: merchant.mchid, serial: merchant.serial, privateKey, certs: { [PLATFORM_SERIAL]: trusted }, baseURL } as never)

describe("WechatpaySimulator", () => {
  const simulator = new WechatpaySimulator({ merchant, platformPrivateKey: platformKeys.privateKey, platformSerial: PLATFORM_SERIAL })
  const received: Array<{ status: number; resource?: Record<string, unknown>; code?: string }> = []
  const receiver = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    try {
      const notification = verifyWechatpayNotification({
        headers: req.headers as Record<string, string>,
        rawBody: Buffer.concat(chunks).toString("utf8"),
        keys: { apiV3Key: merchant.apiV3Key, platformKeys: { [PLATFORM_SERIAL]: platformKeys.publicKey } },
        now: Date.now(),
      })
      received.push({ status: 204, resource: notification.resource })
      res.writeHead(204).end()
    } catch (error) {
      const code = error instanceof NotificationRejected ? error.code : "ERROR"
      received.push({ status: 401, code })
      res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ code: "FAIL", message: code }))
    }
  })
  let baseURL: string
  let notifyUrl: string

  beforeAll(async () => {
    baseURL = await simulator.start()
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
    notifyUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/payments/wechatpay`
  })
  afterAll(async () => {
    await simulator.stop()
    await new Promise((resolve) => receiver.close(resolve))
  })

  const order = (outTradeNo: string, total = 21800) => ({
    mchid: merchant.mchid,
    appid: merchant.appid,
    out_trade_no: outTradeNo,
    description: "上门推拿 60 分钟",
    notify_url: notifyUrl,
    amount: { total, currency: "CNY" },
  })

  it("takes a Native order from our real client, answers with signatures it verifies, and notifies once paid", async () => {
    const wxpay = client(baseURL)
    const created = await wxpay.v3.pay.transactions.native.post(order("pay_native_1"))
    expect(created.data.code_url).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/)

    const query = () => wxpay.v3.pay.transactions.outTradeNo.$out_trade_no$.get({ params: { mchid: merchant.mchid }, out_trade_no: "pay_native_1" })
    expect((await query()).data).toMatchObject({ trade_state: "NOTPAY", amount: { total: 21800 } })

    expect(await simulator.pay("pay_native_1")).toBe(204)
    expect(received.at(-1)).toMatchObject({ status: 204, resource: { out_trade_no: "pay_native_1", trade_state: "SUCCESS", amount: { total: 21800, currency: "CNY" } } })
    expect((await query()).data).toMatchObject({ trade_state: "SUCCESS", transaction_id: expect.any(String) })
  })

  it("lets a person scan and pay: a page lists unpaid orders, and its button pays one", async () => {
    await client(baseURL).v3.pay.transactions.native.post({ ...order("pay_scan_1", 9900), description: "美甲 <基础款>" })
    const page = await (await fetch(baseURL)).text()
    expect(page).toContain("美甲 &#60;基础款&#62;")
    expect(page).toContain("¥99.00")
    const paid = await fetch(`${baseURL}scan/pay_scan_1/pay`, { method: "POST", redirect: "manual" })
    expect(paid.status).toBe(303)
    expect(await (await fetch(new URL(paid.headers.get("location")!, baseURL))).text()).toContain("支付成功 · Paid")
    expect(received.at(-1)).toMatchObject({ status: 204, resource: { out_trade_no: "pay_scan_1", trade_state: "SUCCESS" } })
    expect(await (await fetch(baseURL)).text()).not.toContain("pay_scan_1")
    expect((await fetch(`${baseURL}scan/pay_scan_1/pay`, { method: "POST", redirect: "manual" })).status).toBe(409)
  })

  it("gives H5 and JSAPI orders their own answers, and closes an unpaid order", async () => {
    const wxpay = client(baseURL)
    expect((await wxpay.v3.pay.transactions.h5.post(order("pay_h5_1"))).data.h5_url).toMatch(/^https:\/\/wx\.tenpay\.com\//)
    expect((await wxpay.v3.pay.transactions.jsapi.post(order("pay_jsapi_1"))).data.prepay_id).toMatch(/^wx/)
    const closed = await wxpay.v3.pay.transactions.outTradeNo.$out_trade_no$.close.post({ mchid: merchant.mchid }, { out_trade_no: "pay_h5_1" })
    expect(closed.status).toBe(204)
    expect(simulator.order("pay_h5_1")?.trade_state).toBe("CLOSED")
  })

  it("refuses a request signed with a key that is not the merchant's", async () => {
    const impostor = client(baseURL, strangerKeys.privateKey)
    const refused = await impostor.v3.pay.transactions.native.post(order("pay_forged_1")).catch((error: { response: { status: number; data: unknown } }) => error.response)
    expect(refused).toMatchObject({ status: 401, data: { code: "SIGN_ERROR" } })
    expect(simulator.order("pay_forged_1")).toBeUndefined()
  })

  it("is not believed by a client that trusts another platform key", async () => {
    const suspicious = client(baseURL, merchantKeys.privateKey, strangerKeys.publicKey)
    await expect(suspicious.v3.pay.transactions.native.post(order("pay_untrusted_1"))).rejects.toMatchObject({ code: "EV3_RES_HEADER_SIGNATURE_DIGEST" })
  })
})
