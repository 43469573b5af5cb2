import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

/** Someone with a WeChat account, as the simulator signs them in. */
export interface SimulatedWechatUser {
  openid: string
  unionid?: string
  nickname: string
  headimgurl: string
}

const CODE_MINUTES = 5

/**
 * A local stand-in for WeChat's sign-in (development and tests only, on
 * loopback): the authorize pages, where a person confirms (or a test
 * follows `?confirm=1`), and the two API calls our provider makes —
 * trading a one-time code for a token, and reading the user. It checks what
 * WeChat checks: the app id and secret, the code once and within five
 * minutes, the token for its own user.
 */
export class WechatLoginSimulator {
  private server?: http.Server
  private readonly codes = new Map<string, { user: SimulatedWechatUser; expires: number }>()
  private readonly tokens = new Map<string, SimulatedWechatUser>()
  /** Who is "holding the phone": the user the next confirmation signs in. */
  user: SimulatedWechatUser = { openid: "o-demo-openid-0001", unionid: "u-demo-unionid-0001", nickname: "微信用户·小雨", headimgurl: "https://thirdwx.qlogo.cn/demo/0" }

  constructor(private readonly app: { appId: string; appSecret: string }) {}

  async start(port = 0): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  private json(res: http.ServerResponse, body: Record<string, unknown>) {
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" })
    res.end(JSON.stringify(body))
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1")
    const q = (name: string) => url.searchParams.get(name) ?? ""
    if (url.pathname === "/connect/qrconnect" || url.pathname === "/connect/oauth2/authorize") {
      if (q("appid") !== this.app.appId) return this.json(res, { errcode: 40013, errmsg: "invalid appid" })
      const back = new URL(q("redirect_uri"))
      if (q("confirm") === "1") {
        const code = crypto.randomBytes(16).toString("hex")
        this.codes.set(code, { user: this.user, expires: Date.now() + CODE_MINUTES * 60_000 })
        back.searchParams.set("code", code)
        back.searchParams.set("state", q("state"))
        res.writeHead(302, { location: back.toString() })
        return res.end()
      }
      // By path: `url` was parsed without the port this page was asked on.
      const confirm = new URL(url)
      confirm.searchParams.set("confirm", "1")
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
      return res.end(
        `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><title>微信登录（本地模拟）</title>` +
          `<body style="font-family:sans-serif;text-align:center;padding:3em"><h1>微信登录 · 本地模拟</h1><p>以「${this.user.nickname}」的身份登录 Doorstep？</p>` +
          `<p><a href="${`${confirm.pathname}${confirm.search}`.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" style="display:inline-block;padding:.8em 2em;background:#07c160;color:#fff;border-radius:6px;text-decoration:none">确认登录</a></p>` +
          `<p style="color:#888">Development only: this page stands in for WeChat.</p></body>`,
      )
    }
    if (url.pathname === "/sns/oauth2/access_token") {
      if (q("appid") !== this.app.appId || q("secret") !== this.app.appSecret) return this.json(res, { errcode: 40125, errmsg: "invalid appsecret" })
      const issued = this.codes.get(q("code"))
      this.codes.delete(q("code"))
      if (!issued || issued.expires < Date.now() || q("grant_type") !== "authorization_code") return this.json(res, { errcode: 40029, errmsg: "invalid code" })
      const token = crypto.randomBytes(16).toString("hex")
      this.tokens.set(token, issued.user)
      return this.json(res, { access_token: token, expires_in: 7200, refresh_token: crypto.randomBytes(16).toString("hex"), openid: issued.user.openid, scope: "snsapi_login", unionid: issued.user.unionid })
    }
    if (url.pathname === "/sns/userinfo") {
      const user = this.tokens.get(q("access_token"))
      if (!user || user.openid !== q("openid")) return this.json(res, { errcode: 40001, errmsg: "invalid credential, access_token is invalid or not latest" })
      return this.json(res, { openid: user.openid, nickname: user.nickname, sex: 0, province: "", city: "", country: "CN", headimgurl: user.headimgurl, privilege: [], unionid: user.unionid })
    }
    res.writeHead(404)
    res.end()
  }
}

/** The simulator for `npm start` and tests, and the env that points commerce's WeChat sign-in at it. */
export async function startWechatLogin(callbackUrl: string, port = 0) {
  const app = { appId: "wx-doorstep-local", appSecret: crypto.randomBytes(16).toString("hex") }
  const simulator = new WechatLoginSimulator(app)
  const origin = await simulator.start(port)
  return {
    simulator,
    origin,
    env: { WECHAT_LOGIN_APP_ID: app.appId, WECHAT_LOGIN_APP_SECRET: app.appSecret, WECHAT_LOGIN_CALLBACK_URL: callbackUrl, WECHAT_LOGIN_OPEN_BASE: origin, WECHAT_LOGIN_API_BASE: origin },
  }
}
