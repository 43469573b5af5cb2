import { startWechatLogin } from "../../plugins/accounts/src/simulator/wechat-login"
import { startLocalGateways as startSimulators, type LocalGateways } from "../../plugins/china-payments/src/simulator/local-gateways"

/** Real gateway credentials in env mean real gateways; otherwise the demo runs the local simulators. */
export const localGatewaysWanted = (env: NodeJS.ProcessEnv) => !Object.keys(env).some((name) => /^(WECHATPAY|ALIPAY)_/.test(name) && !name.endsWith("_SIMULATOR_PORT"))

/**
 * The local WeChat Pay and Alipay simulators for `npm start`, and the env that
 * points commerce at them. `DOORSTEP_LOCAL_GATEWAYS` lets commerce, which
 * `medusa start` runs as production, accept their loopback http addresses.
 */
export async function startLocalGateways(
  commerceUrl: string,
  ports: { wechatpay: number; alipay: number },
  storefrontUrl: string,
): Promise<LocalGateways & { scanPage: string }> {
  const gateways = await startSimulators(commerceUrl, ports)
  // WeChat sign-in too: the simulator's confirm page sends the customer back to the storefront, which trades the code at commerce.
  // (Unless a real WeChat app is configured.)
  const login = process.env.WECHAT_LOGIN_APP_ID ? undefined : await startWechatLogin(`${storefrontUrl.replace(/\/$/, "")}/sign-in/wechat`)
  return {
    ...gateways,
    stop: async () => {
      await Promise.all([gateways.stop(), login?.simulator.stop()])
    },
    // Alipay's cashier sends the payer back to the storefront, which shows the appointment it was for.
    env: { ...gateways.env, ...login?.env, ALIPAY_RETURN_URL: `${storefrontUrl.replace(/\/$/, "")}/checkout/return`, DOORSTEP_LOCAL_GATEWAYS: "true" },
    scanPage: `http://127.0.0.1:${ports.wechatpay}/`,
  }
}
