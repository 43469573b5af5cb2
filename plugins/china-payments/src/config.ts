import type { AlipayOptions } from "./providers/alipay/service"
import type { WechatpayOptions } from "./providers/wechatpay/service"

/** Which gateways are configured, with their whole options; a gateway left out is not offered. */
export interface ChinaPaymentsOptions {
  wechatpay?: WechatpayOptions
  alipay?: AlipayOptions
}

/** Medusa's id of each provider: `pp_{identifier}_{id}`. */
export const PROVIDER_IDS = { wechatpay: "pp_wechatpay_wechatpay", alipay: "pp_alipay_alipay" } as const

type Gateway = keyof ChinaPaymentsOptions

const ENV: { [G in Gateway]: { [K in keyof Required<ChinaPaymentsOptions>[G]]-?: string } } = {
  wechatpay: {
    mchid: "WECHATPAY_MCHID",
    appid: "WECHATPAY_APPID",
    merchantSerial: "WECHATPAY_MERCHANT_SERIAL",
    merchantPrivateKey: "WECHATPAY_MERCHANT_PRIVATE_KEY",
    platformSerial: "WECHATPAY_PLATFORM_SERIAL",
    platformPublicKey: "WECHATPAY_PLATFORM_PUBLIC_KEY",
    apiV3Key: "WECHATPAY_API_V3_KEY",
    notifyUrl: "WECHATPAY_NOTIFY_URL",
    baseUrl: "WECHATPAY_BASE_URL",
  },
  alipay: {
    appId: "ALIPAY_APP_ID",
    appPrivateKey: "ALIPAY_APP_PRIVATE_KEY",
    alipayPublicKey: "ALIPAY_PUBLIC_KEY",
    notifyUrl: "ALIPAY_NOTIFY_URL",
    returnUrl: "ALIPAY_RETURN_URL",
    gateway: "ALIPAY_GATEWAY",
  },
}

/** Options that may be left out; every other one is required once any is given. */
const OPTIONAL: { [G in Gateway]: ReadonlyArray<keyof Required<ChinaPaymentsOptions>[G]> } = {
  wechatpay: ["baseUrl", "notifyUrl"],
  alipay: ["returnUrl", "gateway", "notifyUrl"],
}

/** Where the gateway is, when not the real one: the simulator in development. */
const OVERRIDE = { wechatpay: "baseUrl", alipay: "gateway" } as const

const NOTIFY_PATH = { wechatpay: "/hooks/payments/wechatpay", alipay: "/hooks/payments/alipay" } as const

export class PaymentConfigError extends Error {}

const isLoopback = (url: string) => {
  try {
    return ["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname)
  } catch {
    return false
  }
}

/** PEM keys fit in one env line with `\n` escapes. */
const unescape = (value: string) => value.replace(/\\n/g, "\n").trim()

/**
 * Reads each gateway's credentials from env. A gateway with none of its
 * variables is simply not offered; one with some but not all refuses to start.
 * In production a gateway address must be https, except the local simulators
 * on loopback when `DOORSTEP_LOCAL_GATEWAYS=true` says so (`npm start`, the
 * demo, sets it; a real deployment never does).
 * Notification URLs default to `COMMERCE_PUBLIC_URL` + `/hooks/payments/{gateway}`.
 */
export function chinaPaymentsFromEnv(env: NodeJS.ProcessEnv): ChinaPaymentsOptions {
  const production = env.NODE_ENV === "production"
  const localGateways = env.DOORSTEP_LOCAL_GATEWAYS === "true"
  const options: ChinaPaymentsOptions = {}
  for (const gateway of Object.keys(ENV) as Gateway[]) {
    const names = ENV[gateway] as Record<string, string>
    const given = Object.fromEntries(
      Object.entries(names)
        .filter(([, name]) => (env[name] ?? "").trim() !== "")
        .map(([key, name]) => [key, unescape(env[name]!)]),
    ) as Record<string, string>
    if (Object.keys(given).length === 0) continue
    if (!given.notifyUrl && env.COMMERCE_PUBLIC_URL) given.notifyUrl = `${env.COMMERCE_PUBLIC_URL.replace(/\/$/, "")}${NOTIFY_PATH[gateway]}`
    const optional = OPTIONAL[gateway] as readonly string[]
    const missing = Object.keys(names).filter((key) => !optional.includes(key) && !given[key])
    if (!given.notifyUrl) missing.push(`${names.notifyUrl} (or COMMERCE_PUBLIC_URL)`)
    if (missing.length > 0) {
      throw new PaymentConfigError(`${gateway} is half-configured: set ${missing.map((key) => names[key] ?? key).join(", ")}, or none of its variables`)
    }
    const override = given[OVERRIDE[gateway]]
    if (production && override && !override.startsWith("https://") && !(localGateways && isLoopback(override))) {
      throw new PaymentConfigError(`${names[OVERRIDE[gateway]]} must be an https gateway in production; the local simulators are for development and the demo only`)
    }
    ;(options as Record<string, unknown>)[gateway] = given
  }
  return options
}

/** The payment module's provider entries for the configured gateways. */
export function paymentProviders(options: ChinaPaymentsOptions) {
  return (Object.keys(options) as Gateway[])
    .filter((gateway) => options[gateway])
    .map((gateway) => ({ resolve: `@doorstep/china-payments/providers/${gateway}`, id: gateway, options: options[gateway] }))
}
