import { startWechatLogin, type WechatLoginSimulator } from "../../simulator/wechat-login"
import { authorizeUrl, userForCode, WechatError, wechatLoginFromEnv, type WechatLoginOptions } from "../wechat-oauth"

describe("WeChat sign-in against the local simulator", () => {
  let options: WechatLoginOptions
  let simulator: WechatLoginSimulator
  let stop: () => Promise<void>

  beforeAll(async () => {
    const started = await startWechatLogin("https://app.doorstep.example/auth/wechat/callback")
    simulator = started.simulator
    stop = () => started.simulator.stop()
    options = wechatLoginFromEnv({ ...started.env, NODE_ENV: "test" })!
  })
  afterAll(() => stop())

  /** Follows the authorize link as a person confirming in WeChat would; resolves to the callback's code and state. */
  async function confirm(link: string) {
    const url = new URL(link.replace(/#wechat_redirect$/, ""))
    url.searchParams.set("confirm", "1")
    const answer = await fetch(url, { redirect: "manual" })
    const back = new URL(answer.headers.get("location")!)
    return { code: back.searchParams.get("code")!, state: back.searchParams.get("state")!, origin: back.origin + back.pathname }
  }

  it("sends the customer to WeChat with our app, scope and state, and back to our callback", async () => {
    const link = authorizeUrl(options, "state-123")
    expect(link).toMatch(/\/connect\/qrconnect\?appid=wx-doorstep-local&redirect_uri=https%3A%2F%2Fapp\.doorstep\.example%2Fauth%2Fwechat%2Fcallback&response_type=code&scope=snsapi_login&state=state-123#wechat_redirect$/)
    const back = await confirm(link)
    expect(back).toMatchObject({ state: "state-123", origin: "https://app.doorstep.example/auth/wechat/callback" })
    expect(await userForCode(options, back.code)).toEqual({ openid: "o-demo-openid-0001", unionid: "u-demo-unionid-0001", nickname: "微信用户·小雨", avatar: "https://thirdwx.qlogo.cn/demo/0" })
  })

  it("takes each code once, and only with the right secret", async () => {
    const { code } = await confirm(authorizeUrl(options, "s"))
    await expect(userForCode({ ...options, appSecret: "not-the-secret" }, code)).rejects.toMatchObject({ errcode: 40125 })
    const again = await confirm(authorizeUrl(options, "s"))
    await userForCode(options, again.code)
    await expect(userForCode(options, again.code)).rejects.toBeInstanceOf(WechatError)
  })

  it("names a person by unionid when WeChat gives one, else by openid", async () => {
    simulator.user = { openid: "o-only", nickname: "无 unionid", headimgurl: "" }
    const { code } = await confirm(authorizeUrl({ ...options, mode: "oauth2" }, "s"))
    expect(await userForCode(options, code)).toEqual({ openid: "o-only", unionid: null, nickname: "无 unionid", avatar: null })
  })

  it("is off without configuration, refuses half of one, and wants https in production", () => {
    expect(wechatLoginFromEnv({})).toBeUndefined()
    expect(() => wechatLoginFromEnv({ WECHAT_LOGIN_APP_ID: "wx1" })).toThrow(/together/)
    const real = { WECHAT_LOGIN_APP_ID: "wx1", WECHAT_LOGIN_APP_SECRET: "s", WECHAT_LOGIN_CALLBACK_URL: "https://a/cb", NODE_ENV: "production" }
    expect(wechatLoginFromEnv(real)).toMatchObject({ openBase: "https://open.weixin.qq.com", apiBase: "https://api.weixin.qq.com", mode: "qrconnect" })
    expect(() => wechatLoginFromEnv({ ...real, WECHAT_LOGIN_API_BASE: "http://127.0.0.1:9" })).toThrow(/https/)
  })
})
