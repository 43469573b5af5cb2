import http from "node:http"
import type { AddressInfo } from "node:net"
import { WECHAT_KINDS } from "../lib/wechat-message-config"

/**
 * A loopback stand-in for the two WeChat endpoints subscription messages
 * use, for tests: `stable_token` hands out access tokens for one app id and
 * secret; `message/subscribe/send` (and an official account's `bizsend`) takes a message only with a live token,
 * the fields WeChat requires, and for a user who subscribed to that
 * template (a one-time subscription is used up by one message), answering
 * WeChat's codes otherwise (40001, 47003, 43101).
 */
export interface WechatMessagesSimulator {
  url: string
  /** Live access tokens; clear to revoke them. */
  tokens: Set<string>
  tokenRequests: number
  /** Seconds a new token lives. */
  expiresIn: number
  /** By openid, the template ids they accepted one message of. */
  subscribed: Map<string, Set<string>>
  /** The path of every message request, accepted or not. */
  messagePaths: string[]
  /** Whom every message request was for (`touser`), accepted or not: a message sent twice shows here twice. */
  messageRecipients: string[]
  /** What was accepted, as WeChat received it. */
  sent: Array<{ touser: string; template_id: string; page?: string; data: Record<string, { value: string }>; miniprogram_state?: string; lang?: string }>
  stop(): Promise<void>
}

/** A template id for each kind (`tmpl-<kind>`), filled with the title, the start and the body. */
export const SIMULATED_TEMPLATES = Object.fromEntries(WECHAT_KINDS.map((kind) => [kind, { id: `tmpl-${kind}`, data: { thing1: "title", time2: "time", thing3: "body" } }]))

export async function startWechatMessages(appId = "wx-doorstep-mini", secret = "doorstep-mini-secret"): Promise<{ simulator: WechatMessagesSimulator; env: Record<string, string> }> {
  let issued = 0
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://wechat")
      const answer = (json: object) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(json))
      let body: Record<string, any>
      try {
        body = raw ? JSON.parse(raw) : {}
      } catch {
        return answer({ errcode: 47001, errmsg: "data format error" })
      }
      if (req.method === "POST" && url.pathname === "/cgi-bin/stable_token") {
        simulator.tokenRequests++
        if (body.grant_type !== "client_credential" || body.appid !== appId) return answer({ errcode: 40013, errmsg: "invalid appid" })
        if (body.secret !== secret) return answer({ errcode: 40125, errmsg: "invalid appsecret" })
        const token = `token-${++issued}`
        simulator.tokens.add(token)
        return answer({ access_token: token, expires_in: simulator.expiresIn })
      }
      // A mini program's subscribeMessage.send, or an official account's subscribe/bizsend: the same checks.
      if (req.method === "POST" && ["/cgi-bin/message/subscribe/send", "/cgi-bin/message/subscribe/bizsend"].includes(url.pathname)) {
        simulator.messagePaths.push(url.pathname)
        simulator.messageRecipients.push(String(body.touser))
        if (!simulator.tokens.has(url.searchParams.get("access_token") ?? "")) return answer({ errcode: 40001, errmsg: "invalid credential, access_token is invalid or not latest" })
        if (!body.touser || !body.template_id || typeof body.data !== "object") return answer({ errcode: 47003, errmsg: "argument invalid!" })
        const allowed = simulator.subscribed.get(body.touser)
        if (!allowed?.has(body.template_id)) return answer({ errcode: 43101, errmsg: "user refuse to accept the msg" })
        allowed.delete(body.template_id)
        simulator.sent.push(body as WechatMessagesSimulator["sent"][number])
        return answer({ errcode: 0, errmsg: "ok", msgid: 3520000000 + simulator.sent.length })
      }
      res.writeHead(404).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const simulator: WechatMessagesSimulator = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tokens: new Set(),
    tokenRequests: 0,
    expiresIn: 7200,
    subscribed: new Map(),
    messagePaths: [],
    messageRecipients: [],
    sent: [],
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
  const env = { WECHAT_MESSAGE_APP_ID: appId, WECHAT_MESSAGE_APP_SECRET: secret, WECHAT_MESSAGE_TEMPLATES: JSON.stringify(SIMULATED_TEMPLATES), WECHAT_MESSAGE_API_BASE: simulator.url }
  return { simulator, env }
}
