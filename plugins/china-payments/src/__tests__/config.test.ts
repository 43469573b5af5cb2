import { chinaPaymentsFromEnv, paymentProviders, PaymentConfigError } from "../config"

const wechatpay = {
  WECHATPAY_MCHID: "1900000109",
  WECHATPAY_APPID: "wxd00r5tep5imu1a",
  WECHATPAY_MERCHANT_SERIAL: "5157F09EFDC096DE15EBE81A47057A72D00R5TEP",
  WECHATPAY_MERCHANT_PRIVATE_KEY: "-----BEGIN PRIVATE KEY-----\\nMIIB\\n-----END PRIVATE KEY-----",
  WECHATPAY_PLATFORM_SERIAL: "PUB_KEY_ID_1",
  WECHATPAY_PLATFORM_PUBLIC_KEY: "-----BEGIN PUBLIC KEY-----\\nMIIB\\n-----END PUBLIC KEY-----",
  WECHATPAY_API_V3_KEY: "0123456789abcdef0123456789abcdef",
}
const alipay = { ALIPAY_APP_ID: "2021000000000001", ALIPAY_APP_PRIVATE_KEY: "app-key", ALIPAY_PUBLIC_KEY: "alipay-key" }

describe("chinaPaymentsFromEnv", () => {
  it("offers no gateway when none of its variables is set", () => {
    expect(chinaPaymentsFromEnv({ NODE_ENV: "production" })).toEqual({})
    expect(paymentProviders({})).toEqual([])
  })

  it("reads a whole gateway, unescapes PEM keys and derives the notification URL", () => {
    const options = chinaPaymentsFromEnv({ ...wechatpay, COMMERCE_PUBLIC_URL: "https://api.doorstep.example/" })
    expect(options.wechatpay).toMatchObject({
      mchid: "1900000109",
      merchantPrivateKey: "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----",
      notifyUrl: "https://api.doorstep.example/hooks/payments/wechatpay",
    })
    expect(options.alipay).toBeUndefined()
    expect(paymentProviders(options)).toEqual([
      { resolve: "@doorstep/china-payments/providers/wechatpay", id: "wechatpay", options: options.wechatpay },
    ])
  })

  it("refuses to start with a gateway half-configured, naming what is missing", () => {
    const { WECHATPAY_API_V3_KEY: _missing, ...half } = wechatpay
    expect(() => chinaPaymentsFromEnv({ ...half, COMMERCE_PUBLIC_URL: "https://x" })).toThrow(PaymentConfigError)
    expect(() => chinaPaymentsFromEnv({ ...half, COMMERCE_PUBLIC_URL: "https://x" })).toThrow(/WECHATPAY_API_V3_KEY/)
    expect(() => chinaPaymentsFromEnv(alipay)).toThrow(/ALIPAY_NOTIFY_URL \(or COMMERCE_PUBLIC_URL\)/)
  })

  it("lets production use only https gateways, or loopback simulators when the demo says so", () => {
    const simulated = { ...alipay, ALIPAY_NOTIFY_URL: "http://localhost:9000/hooks/payments/alipay", ALIPAY_GATEWAY: "http://127.0.0.1:9301/gateway.do" }
    expect(chinaPaymentsFromEnv({ ...simulated, NODE_ENV: "development" }).alipay?.gateway).toBe("http://127.0.0.1:9301/gateway.do")
    expect(() => chinaPaymentsFromEnv({ ...simulated, NODE_ENV: "production" })).toThrow(/https/)
    expect(chinaPaymentsFromEnv({ ...simulated, NODE_ENV: "production", DOORSTEP_LOCAL_GATEWAYS: "true" }).alipay).toBeDefined()
    const elsewhere = { ...simulated, ALIPAY_GATEWAY: "http://pay.example.com/gateway.do", NODE_ENV: "production", DOORSTEP_LOCAL_GATEWAYS: "true" }
    expect(() => chinaPaymentsFromEnv(elsewhere)).toThrow(/https/)
    expect(chinaPaymentsFromEnv({ ...simulated, ALIPAY_GATEWAY: "https://openapi-sandbox.example/gateway.do", NODE_ENV: "production" }).alipay).toBeDefined()
  })
})
