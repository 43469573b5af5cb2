import { generateKeyPairSync } from "node:crypto"
import { PaymentActions } from "@medusajs/framework/utils"
import { AlipaySimulator } from "../../../simulator/alipay-gateway"
import { signedAlipayNotification } from "../../../simulator/signing"
import { AlipayProviderService, type AlipayOptions } from "../service"

const pem = () => generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } })
const appKeys = pem()
const alipayKeys = pem()
const APP_ID = "2021000000000001"

describe("AlipayProviderService against the simulator", () => {
  const simulator = new AlipaySimulator({ app: { appId: APP_ID, publicKey: appKeys.publicKey }, alipayPrivateKey: alipayKeys.privateKey })
  let options: AlipayOptions
  let provider: AlipayProviderService

  beforeAll(async () => {
    options = {
      appId: APP_ID,
      appPrivateKey: appKeys.privateKey,
      alipayPublicKey: alipayKeys.publicKey,
      // Nothing listens here: these tests read the state through queries, not notifications.
      notifyUrl: "http://127.0.0.1:9/hooks/payments/alipay",
      gateway: await simulator.start(),
    }
    provider = new AlipayProviderService({}, options)
  })
  afterAll(() => simulator.stop())

  const begin = (sessionId: string, amount = 218) =>
    provider.initiatePayment({ amount, currency_code: "cny", data: { session_id: sessionId, description: "上门推拿 60 分钟" } })
  const openCashier = async (payUrl: unknown) => expect((await fetch(String(payUrl))).status).toBe(200)

  it("refuses options that are half there", () => {
    expect(() => AlipayProviderService.validateOptions({ ...options, alipayPublicKey: "" })).toThrow(/alipayPublicKey/)
  })

  it("hands out a cashier link, is pending until paid (even before anyone opens it), then captured", async () => {
    const session = await begin("payses_a1")
    expect(session).toMatchObject({ id: "payses_a1", status: "pending", data: { out_trade_no: "payses_a1", channel: "page", total_fen: 21800 } })
    expect((await provider.getPaymentStatus({ data: session.data })).status).toBe("pending") // nobody opened it yet
    await openCashier(session.data!.pay_url)
    expect((await provider.authorizePayment({ data: session.data })).status).toBe("pending")
    await simulator.pay("payses_a1").catch(() => undefined) // the notification has nowhere to go; the query still tells
    const authorized = await provider.authorizePayment({ data: session.data })
    expect(authorized.status).toBe("captured")
    expect(await provider.capturePayment({ data: authorized.data })).toMatchObject({ data: { trade: { tradeStatus: "TRADE_SUCCESS" } } })
  })

  it("refunds part, then the rest, and never more than was paid", async () => {
    const session = await begin("payses_a2")
    await openCashier(session.data!.pay_url)
    await simulator.pay("payses_a2").catch(() => undefined)
    const half = await provider.refundPayment({ amount: 109, data: session.data })
    expect(half.data!.refunds).toEqual([expect.objectContaining({ code: "10000", fundChange: "Y", refundFee: "109.00" })])
    const rest = await provider.refundPayment({ amount: 109, data: half.data })
    expect(rest.data!.refunds).toEqual([expect.anything(), expect.objectContaining({ refundFee: "218.00" })])
    await expect(provider.refundPayment({ amount: 1, data: rest.data })).rejects.toThrow(/ACQ\.REFUND_AMT_NOT_EQUAL_TOTAL/)
  })

  it("closes an opened, unpaid trade and accepts cancelling one nobody opened", async () => {
    const opened = await begin("payses_a3")
    await openCashier(opened.data!.pay_url)
    await provider.cancelPayment({ data: opened.data })
    expect((await provider.getPaymentStatus({ data: opened.data })).status).toBe("canceled")
    const untouched = await begin("payses_a4")
    await expect(provider.cancelPayment({ data: untouched.data })).resolves.toMatchObject({ data: { closed: true } })
    await expect(provider.updatePayment({ amount: 300, currency_code: "cny", data: untouched.data })).rejects.toThrow(/cannot change/)
  })

  it("turns a verified notification into 'captured' for its session, and ignores a forged one", async () => {
    const paid = signedAlipayNotification(alipayKeys.privateKey, {
      notify_id: "n1",
      app_id: APP_ID,
      out_trade_no: "payses_a9",
      trade_no: "2026112522001400000000000009",
      trade_status: "TRADE_SUCCESS",
      total_amount: "218.00",
    })
    const action = await provider.getWebhookActionAndData({ data: {}, rawData: new URLSearchParams(paid).toString(), headers: {} })
    expect(action.action).toBe(PaymentActions.SUCCESSFUL)
    expect(action.data?.session_id).toBe("payses_a9")
    expect(Number(action.data?.amount)).toBe(218)
    const forged = new URLSearchParams({ ...paid, total_amount: "0.01" }).toString()
    expect((await provider.getWebhookActionAndData({ data: {}, rawData: forged, headers: {} })).action).toBe(PaymentActions.NOT_SUPPORTED)
  })
})
