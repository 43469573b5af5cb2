/**
 * WeChat sign-in (网站应用微信登录 / 网页授权), the OAuth 2.0 flavour WeChat
 * speaks: the customer is sent to WeChat with our app id and a state; WeChat
 * sends them back with a one-time `code`; we trade it, with the app secret,
 * for an access token and the user's `openid` (and `unionid` when the app
 * belongs to an Open Platform account), then read their nickname and avatar.
 */
export interface WechatLoginOptions {
  appId: string
  appSecret: string
  /** Where WeChat sends the customer back (registered with WeChat as the app's domain). */
  callbackUrl: string
  /** `qrconnect`: a QR code to scan on a computer (snsapi_login); `oauth2`: inside WeChat's own browser (snsapi_userinfo). */
  mode: "qrconnect" | "oauth2"
  /** WeChat's hosts; replaced only by the local simulator in development. */
  openBase: string
  apiBase: string
}

export const WECHAT_OPEN_BASE = "https://open.weixin.qq.com"
export const WECHAT_API_BASE = "https://api.weixin.qq.com"

/** The options from env (`WECHAT_LOGIN_*`), or undefined when sign-in with WeChat is not configured; half a configuration is refused. */
export function wechatLoginFromEnv(env: NodeJS.ProcessEnv): WechatLoginOptions | undefined {
  const { WECHAT_LOGIN_APP_ID: appId, WECHAT_LOGIN_APP_SECRET: appSecret, WECHAT_LOGIN_CALLBACK_URL: callbackUrl } = env
  if (!appId && !appSecret && !callbackUrl) return undefined
  if (!appId || !appSecret || !callbackUrl) throw new Error("WeChat sign-in needs WECHAT_LOGIN_APP_ID, WECHAT_LOGIN_APP_SECRET and WECHAT_LOGIN_CALLBACK_URL together")
  const options: WechatLoginOptions = {
    appId,
    appSecret,
    callbackUrl,
    mode: env.WECHAT_LOGIN_MODE === "oauth2" ? "oauth2" : "qrconnect",
    openBase: env.WECHAT_LOGIN_OPEN_BASE ?? WECHAT_OPEN_BASE,
    apiBase: env.WECHAT_LOGIN_API_BASE ?? WECHAT_API_BASE,
  }
  const local = env.DOORSTEP_LOCAL_GATEWAYS === "true" || env.NODE_ENV !== "production"
  for (const base of [options.openBase, options.apiBase]) {
    const url = new URL(base)
    if (url.protocol !== "https:" && !(local && ["127.0.0.1", "localhost"].includes(url.hostname))) throw new Error(`WeChat sign-in: ${base} must be https`)
  }
  return options
}

/** Where to send the customer to sign in with WeChat. */
export function authorizeUrl(options: WechatLoginOptions, state: string, callbackUrl = options.callbackUrl): string {
  const url = new URL(options.mode === "qrconnect" ? "/connect/qrconnect" : "/connect/oauth2/authorize", options.openBase)
  url.searchParams.set("appid", options.appId)
  url.searchParams.set("redirect_uri", callbackUrl)
  url.searchParams.set("response_type", "code")
  url.searchParams.set("scope", options.mode === "qrconnect" ? "snsapi_login" : "snsapi_userinfo")
  url.searchParams.set("state", state)
  return `${url.toString()}#wechat_redirect`
}

/** WeChat answered with an error (`errcode`/`errmsg`), or not at all. */
export class WechatError extends Error {
  constructor(
    readonly errcode: number,
    errmsg: string,
  ) {
    super(`WeChat error ${errcode}: ${errmsg}`)
  }
}

async function call<T>(url: URL): Promise<T> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
  if (!response.ok) throw new WechatError(-1, `HTTP ${response.status}`)
  // WeChat answers errors with 200 and a body naming them.
  const body = (await response.json()) as T & { errcode?: number; errmsg?: string }
  if (body.errcode) throw new WechatError(body.errcode, body.errmsg ?? "")
  return body
}

export interface WechatUser {
  openid: string
  unionid: string | null
  nickname: string | null
  avatar: string | null
}

/** Trades the one-time `code` for the user: their ids, then their nickname and avatar. */
export async function userForCode(options: WechatLoginOptions, code: string): Promise<WechatUser> {
  const tokenUrl = new URL("/sns/oauth2/access_token", options.apiBase)
  tokenUrl.search = new URLSearchParams({ appid: options.appId, secret: options.appSecret, code, grant_type: "authorization_code" }).toString()
  const token = await call<{ access_token: string; openid: string; unionid?: string; scope: string }>(tokenUrl)
  const infoUrl = new URL("/sns/userinfo", options.apiBase)
  infoUrl.search = new URLSearchParams({ access_token: token.access_token, openid: token.openid, lang: "zh_CN" }).toString()
  const info = await call<{ openid: string; nickname?: string; headimgurl?: string; unionid?: string }>(infoUrl)
  if (info.openid !== token.openid) throw new WechatError(-1, "userinfo is for another user")
  return { openid: token.openid, unionid: token.unionid ?? info.unionid ?? null, nickname: info.nickname ?? null, avatar: info.headimgurl || null }
}
