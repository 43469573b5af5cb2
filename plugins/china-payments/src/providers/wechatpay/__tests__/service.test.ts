import { generateKeyPairSync } from "node:crypto"
import { PaymentActions } from "@medusajs/framework/utils"
import { signedWechatpayNotification } from "../../../simulator/signing"
import { WechatpaySimulator } from "../../../simulator/wechatpay-gateway"
import { WechatpayProviderService, type WechatpayOptions } from "../service"

const pem = () => generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } })
const merchantKeys = pem()
const platformKeys = pem()
const PLATFORM_SERIAL = "PUB_KEY_ID_SIMULATOR"
const account = { mchid: "1900000109", appid: "wxdoorstep0000001", serial: "3775B6A45ACD588826D15E583A95F5DD00000001", apiV3Key: "doorstepApiV3KeyForTests32bytes!" }

describe("WechatpayProviderService against the simulator", () => {
  const simulator = new WechatpaySimulator({
    merchant: { ...account, publicKey: merchantKeys.publicKey },
    platformPrivateKey: platformKeys.privateKey,
    platformSerial: PLATFORM_SERIAL,
  })
  let options: WechatpayOptions
  let provider: WechatpayProviderService

  beforeAll(async () => {
    const baseUrl = await simulator.start()
    options = {
      mchid: account.mchid,
      appid: account.appid,
      merchantSerial: account.serial,
      merchantPrivateKey: merchantKeys.privateKey,
      platformSerial: PLATFORM_SERIAL,
      platformPublicKey: platformKeys.publicKey,
      apiV3Key: account.apiV3Key,
      // Nothing listens here: these tests read the state through queries, not notifications.
      notifyUrl: "http://127.0.0.1:9/hooks/payments/wechatpay",
      baseUrl,
    }
    provider = new WechatpayProviderService({}, options)
  })
  afterAll(() => simulator.stop())

  const begin = (sessionId: string, amount = 218) =>
    provider.initiatePayment({ amount, currency_code: "cny", data: { session_id: sessionId, description: "上门推拿 60 分钟" } })

  it("refuses options that are half there", () => {
    expect(() => WechatpayProviderService.validateOptions({ ...options, apiV3Key: "" })).toThrow(/apiV3Key/)
    expect(() => WechatpayProviderService.validateOptions(options as unknown as Record<string, unknown>)).not.toThrow()
  })

  it("opens an order for the session, stays pending until paid, then is captured", async () => {
    const session = await begin("payses_1")
    expect(session).toMatchObject({ id: "payses_1", status: "pending", data: { out_trade_no: "payses_1", channel: "native", total_fen: 21800 } })
    expect(session.data!.code_url).toMatch(/^weixin:\/\//)
    expect((await provider.authorizePayment({ data: session.data })).status).toBe("pending")

    await simulator.pay("payses_1").catch(() => undefined) // the notification has nowhere to go; the query still tells
    const authorized = await provider.authorizePayment({ data: session.data })
    expect(authorized.status).toBe("captured")
    expect(await provider.capturePayment({ data: authorized.data })).toMatchObject({ data: { transaction: { trade_state: "SUCCESS" } } })
    // Deleting the session of a paid order leaves the money alone (closing it would fail).
    await expect(provider.deletePayment({ data: session.data })).resolves.toBeDefined()
    expect(simulator.order("payses_1")?.trade_state).toBe("SUCCESS")
  })

  it("refunds part, then the rest, and never more than was paid", async () => {
    const session = await begin("payses_2")
    await simulator.pay("payses_2").catch(() => undefined)
    const half = await provider.refundPayment({ amount: 109, data: session.data })
    expect(half.data!.refunds).toEqual([expect.objectContaining({ out_refund_no: "payses_2-r1", status: "SUCCESS", amount: expect.objectContaining({ refund: 10900 }) })])
    const rest = await provider.refundPayment({ amount: 109, data: half.data })
    expect(rest.data!.refunds).toHaveLength(2)
    await expect(provider.refundPayment({ amount: 1, data: rest.data })).rejects.toThrow(/NOT_ENOUGH/)
  })

  it("closes an unpaid order when the session is cancelled, and refuses a new amount", async () => {
    const session = await begin("payses_3")
    await expect(provider.updatePayment({ amount: 300, currency_code: "cny", data: session.data })).rejects.toThrow(/cannot change/)
    await provider.cancelPayment({ data: session.data })
    expect((await provider.getPaymentStatus({ data: session.data })).status).toBe("canceled")
  })

  it("turns a verified notification into 'captured' for its session, and ignores a forged one", async () => {
    const paid = signedWechatpayNotification({
      platformPrivateKey: platformKeys.privateKey,
      serial: PLATFORM_SERIAL,
      apiV3Key: account.apiV3Key,
      id: "EV-1",
      eventType: "TRANSACTION.SUCCESS",
      resource: { appid: account.appid, mchid: account.mchid, out_trade_no: "payses_9", trade_state: "SUCCESS", amount: { total: 21800, currency: "CNY" } },
      now: Date.now(),
    })
    const action = await provider.getWebhookActionAndData({ data: {}, rawData: paid.body, headers: paid.headers })
    expect(action.action).toBe(PaymentActions.SUCCESSFUL)
    expect(action.data?.session_id).toBe("payses_9")
    expect(Number(action.data?.amount)).toBe(218)

    const forged = await provider.getWebhookActionAndData({ data: {}, rawData: paid.body.replace("EV-1", "EV-2"), headers: paid.headers })
    expect(forged.action).toBe(PaymentActions.NOT_SUPPORTED)
  })
})
