import { verify } from "node:crypto"
import appKeys from "../../../lib/__tests__/vectors/alipay-sdk-app-keys.json"
import published from "../../../lib/__tests__/vectors/alipay-sdk-notifications.json"
import { AlipayProviderService } from "../service"

/**
 * How our provider signs the cashier link it hands the storefront. Alipay's
 * SDK tests publish no signature over a fixed request, so this checks the
 * documented rule with the SDK's published test key pair: every parameter but
 * `sign` (sign_type included, empty ones left out), sorted by name, joined as
 * k=v with "&", RSA-SHA256 over the UTF-8 bytes, base64.
 */

const APP_ID = "2021000122671080" // the app id of alipay-sdk-nodejs-all's own tests (test/helper.ts)

const signContent = (params: Record<string, string>, leaveOut: string[]) =>
  Object.keys(params)
    .filter((key) => !leaveOut.includes(key) && params[key] !== "")
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join("&")

const verifies = (content: string, sign: string) => verify("sha256", Buffer.from(content, "utf8"), appKeys.publicKey, Buffer.from(sign, "base64"))

describe("Alipay request signing (the cashier link)", () => {
  const provider = new AlipayProviderService(
    {},
    {
      appId: APP_ID,
      appPrivateKey: appKeys.privateKey,
      alipayPublicKey: published.alipayPublicKey,
      notifyUrl: "https://doorstep.example/hooks/payments/alipay",
      returnUrl: "https://doorstep.example/zh-CN/checkout/paid",
      gateway: "https://openapi.alipay.com/gateway.do",
    },
  )

  const payLink = async (channel: "page" | "wap") => {
    const session = await provider.initiatePayment({ amount: 218, currency_code: "cny", data: { session_id: `payses_${channel}`, channel, description: "上门推拿 60 分钟" } })
    return Object.fromEntries(new URL(String(session.data!.pay_url)).searchParams)
  }

  it.each(["page", "wap"] as const)("signs the %s link RSA2 over its sorted UTF-8 parameters, sign_type included", async (channel) => {
    const params = await payLink(channel)
    expect(params).toMatchObject({ app_id: APP_ID, charset: "utf-8", sign_type: "RSA2", version: "1.0", notify_url: "https://doorstep.example/hooks/payments/alipay" })
    expect(JSON.parse(params.biz_content)).toMatchObject({ out_trade_no: `payses_${channel}`, total_amount: "218.00", subject: "上门推拿 60 分钟" })
    expect(verifies(signContent(params, ["sign"]), params.sign)).toBe(true)
    // Requests sign sign_type; notifications do not. Mixing the two rules up must show.
    expect(verifies(signContent(params, ["sign", "sign_type"]), params.sign)).toBe(false)
  })
})
