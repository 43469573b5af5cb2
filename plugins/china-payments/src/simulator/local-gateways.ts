import { generateKeyPairSync, randomBytes } from "node:crypto"
import { AlipaySimulator } from "./alipay-gateway"
import { WechatpaySimulator } from "./wechatpay-gateway"

const rsaKeys = () =>
  generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } })

/** Simulated accounts: recognisable as test ids, never real ones. */
const WECHATPAY_ACCOUNT = { mchid: "1900000109", appid: "wxd00r5tep5imu1a", serial: "5157F09EFDC096DE15EBE81A47057A72D00R5TEP" }
const WECHATPAY_PLATFORM_SERIAL = "PUB_KEY_ID_0114232134912410000000000000"
const ALIPAY_APP_ID = "2021000000000001"

export interface LocalGateways {
  wechatpay: WechatpaySimulator
  alipay: AlipaySimulator
  /** What commerce needs to use them: the env both providers are configured from. */
  env: Record<string, string>
  /** The gateways' own signing keys, for tests that forge or alter notifications. */
  gatewayKeys: { wechatpayPlatformPrivateKey: string; wechatpayPlatformSerial: string; apiV3Key: string; alipayPrivateKey: string }
  stop(): Promise<void>
}

/**
 * Both gateway simulators on loopback, with fresh keys on each start, and the
 * env that points commerce's providers at them — development and tests only.
 * `commerceUrl` is where the simulators deliver notifications.
 */
export async function startLocalGateways(commerceUrl: string, ports: { wechatpay?: number; alipay?: number } = {}): Promise<LocalGateways> {
  const merchant = rsaKeys()
  const platform = rsaKeys()
  const app = rsaKeys()
  const alipayKeys = rsaKeys()
  const apiV3Key = randomBytes(16).toString("hex")
  const wechatpay = new WechatpaySimulator({
    merchant: { ...WECHATPAY_ACCOUNT, publicKey: merchant.publicKey, apiV3Key },
    platformPrivateKey: platform.privateKey,
    platformSerial: WECHATPAY_PLATFORM_SERIAL,
  })
  const alipay = new AlipaySimulator({ app: { appId: ALIPAY_APP_ID, publicKey: app.publicKey }, alipayPrivateKey: alipayKeys.privateKey })
  const [wechatpayUrl, alipayGateway] = await Promise.all([wechatpay.start(ports.wechatpay), alipay.start(ports.alipay)])
  const base = commerceUrl.replace(/\/$/, "")
  return {
    wechatpay,
    alipay,
    env: {
      WECHATPAY_MCHID: WECHATPAY_ACCOUNT.mchid,
      WECHATPAY_APPID: WECHATPAY_ACCOUNT.appid,
      WECHATPAY_MERCHANT_SERIAL: WECHATPAY_ACCOUNT.serial,
      WECHATPAY_MERCHANT_PRIVATE_KEY: merchant.privateKey,
      WECHATPAY_PLATFORM_SERIAL: WECHATPAY_PLATFORM_SERIAL,
      WECHATPAY_PLATFORM_PUBLIC_KEY: platform.publicKey,
      WECHATPAY_API_V3_KEY: apiV3Key,
      WECHATPAY_NOTIFY_URL: `${base}/hooks/payments/wechatpay`,
      WECHATPAY_BASE_URL: wechatpayUrl,
      ALIPAY_APP_ID: ALIPAY_APP_ID,
      ALIPAY_APP_PRIVATE_KEY: app.privateKey,
      ALIPAY_PUBLIC_KEY: alipayKeys.publicKey,
      ALIPAY_NOTIFY_URL: `${base}/hooks/payments/alipay`,
      ALIPAY_GATEWAY: alipayGateway,
    },
    gatewayKeys: {
      wechatpayPlatformPrivateKey: platform.privateKey,
      wechatpayPlatformSerial: WECHATPAY_PLATFORM_SERIAL,
      apiV3Key,
      alipayPrivateKey: alipayKeys.privateKey,
    },
    stop: async () => {
      await Promise.all([wechatpay.stop(), alipay.stop()])
    },
  }
}
