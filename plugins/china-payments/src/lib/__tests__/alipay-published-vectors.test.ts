import { PaymentActions } from "@medusajs/framework/utils"
import { AlipayProviderService, alipaySdk } from "../../providers/alipay/service"
import { readAlipayNotification } from "../alipay-notifications"
import { NotificationRejected } from "../notification-rejected"
import appKeys from "./vectors/alipay-sdk-app-keys.json"
import published from "./vectors/alipay-sdk-notifications.json"

/**
 * Alipay RSA2 notifications checked against the signed notifications Alipay's
 * own Node SDK publishes in its tests (see the vector file's source), not
 * against our simulator, which signs with code of our own.
 */

const options = {
  appId: published.paid.app_id,
  appPrivateKey: appKeys.privateKey,
  alipayPublicKey: published.alipayPublicKey,
  notifyUrl: "https://doorstep.example/hooks/payments/alipay",
}
const sdk = alipaySdk(options)

/** What Alipay POSTs: the parameters as an application/x-www-form-urlencoded UTF-8 body. */
const formBody = (params: Record<string, string>, encode: (value: string) => string = encodeURIComponent) =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${encode(value)}`)
    .join("&")

/** What our notification route and provider read from that body (URLSearchParams decodes it). */
const received = (body: string): Record<string, string> => Object.fromEntries(new URLSearchParams(body))

const outcome = (params: Record<string, string>, appId = options.appId): string => {
  try {
    readAlipayNotification(sdk, appId, params)
    return "ACCEPTED"
  } catch (error) {
    if (error instanceof NotificationRejected) return error.code
    throw error
  }
}

const withOneByteChanged = (params: Record<string, string>, key: string, index: number) => {
  const value = params[key]
  const replacement = value[index] === "1" ? "2" : "1"
  return { ...params, [key]: value.slice(0, index) + replacement + value.slice(index + 1) }
}

describe("the Alipay notification published by alipay-sdk-nodejs-all", () => {
  it("is believed: RSA2 over its UTF-8 parameters, Chinese subject included, paid 0.10 yuan", () => {
    const params = received(formBody(published.paid))
    expect(params.subject).toBe("语雀空间 500人规模")
    expect(readAlipayNotification(sdk, options.appId, params)).toEqual({
      kind: "payment",
      sessionId: "20190815155618536-564-57",
      paid: true,
      totalFen: 10,
      gatewayTradeNo: "2019081522001468450512505578",
    })
  })

  it("is believed however the form encodes a space (%20 or +)", () => {
    const plus = formBody(published.paid, (value) => new URLSearchParams({ v: value }).toString().slice(2))
    expect(plus).toContain("subject=%E8%AF%AD%E9%9B%80%E7%A9%BA%E9%97%B4+500")
    expect(outcome(received(plus))).toBe("ACCEPTED")
    expect(outcome(received(formBody(published.paid)))).toBe("ACCEPTED")
  })

  it("reaches the provider's webhook answer as a successful payment of 0.10 yuan", async () => {
    const provider = new AlipayProviderService({}, options)
    const answer = await provider.getWebhookActionAndData({ data: {}, rawData: Buffer.from(formBody(published.paid)), headers: {} })
    expect(answer.action).toBe(PaymentActions.SUCCESSFUL)
    expect(answer.data).toMatchObject({ session_id: "20190815155618536-564-57" })
    expect(Number(answer.data?.amount)).toBe(0.1)
  })

  it.each([
    ["the amount (total_amount)", "total_amount", 3],
    ["the time (notify_time)", "notify_time", 18],
    ["the notification id (notify_id)", "notify_id", 20],
    ["the Chinese subject's digits", "subject", 7],
    ["the signature", "sign", 10],
  ])("is refused with one byte changed in %s", (_, key, index) => {
    const tampered = withOneByteChanged(received(formBody(published.paid)), key, index)
    expect(tampered[key]).not.toBe(published.paid[key as keyof typeof published.paid])
    expect(outcome(tampered)).toBe("BAD_SIGNATURE")
  })

  it("is refused when its UTF-8 bytes are read in another charset", () => {
    const asLatin1 = Buffer.from(published.paid.subject, "utf8").toString("latin1")
    expect(outcome({ ...received(formBody(published.paid)), subject: asLatin1 })).toBe("BAD_SIGNATURE")
  })

  it("is refused when a parameter is added or dropped", () => {
    const params = received(formBody(published.paid))
    expect(outcome({ ...params, body: "x" })).toBe("BAD_SIGNATURE")
    const { point_amount: _dropped, ...fewer } = params
    expect(outcome(fewer)).toBe("BAD_SIGNATURE")
  })

  it("is refused for an app that is not ours, though Alipay signed it", () => {
    expect(outcome(received(formBody(published.paid)), "2021000000000001")).toBe("WRONG_APP")
  })

  it("refuses the published notification that another key signed", () => {
    expect(outcome(received(formBody(published.otherApp)), published.otherApp.app_id)).toBe("BAD_SIGNATURE")
  })
})
