import { randomBytes, type KeyObject } from "node:crypto"
import http from "node:http"
import { Formatter, Rsa } from "wechatpay-axios-plugin"
import { WECHATPAY_MAX_SKEW_SECONDS } from "../lib/wechatpay-notifications"
import { bodyText, closeServer, deliver, listenOnLoopback, type SignedNotification } from "./loopback"
import { escapeHtml, paidNotice, sendPage } from "./pages"
import { signedWechatpayNotification } from "./signing"

/** The merchant account the simulator plays WeChat Pay for; it checks our requests against it. */
export interface SimulatedMerchant {
  mchid: string
  appid: string
  /** The serial of the merchant API certificate our requests name, and its public key. */
  serial: string
  publicKey: string | KeyObject
  apiV3Key: string
}

export interface WechatpaySimulatorOptions {
  merchant: SimulatedMerchant
  /** The simulator's own platform key: it signs responses and notifications, as WeChat Pay does. */
  platformPrivateKey: string | KeyObject
  platformSerial: string
  now?: () => number
}

type TradeState = "NOTPAY" | "SUCCESS" | "CLOSED"

interface SimulatedOrder {
  appid: string
  mchid: string
  out_trade_no: string
  description: string
  notify_url: string
  amount: { total: number; currency: string }
  trade_type: "NATIVE" | "MWEB" | "JSAPI"
  /** H5 orders: the payer's IP as the merchant saw it. */
  scene_info?: { payer_client_ip?: string }
  trade_state: TradeState
  transaction_id?: string
  success_time?: string
  refunds: SimulatedRefund[]
}

interface SimulatedRefund {
  refund_id: string
  out_refund_no: string
  refund: number
}

const CHANNELS = { native: "NATIVE", h5: "MWEB", jsapi: "JSAPI" } as const

class GatewayError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/**
 * A local stand-in for the part of WeChat Pay APIv3 we call — development and
 * tests only, never configured in production. It checks each request's
 * merchant signature, signs every response and notification with its platform
 * key, and lets a person (or a test) "scan and pay" an order.
 */
export class WechatpaySimulator {
  private readonly orders = new Map<string, SimulatedOrder>()
  private server?: http.Server
  private readonly now: () => number

  constructor(private readonly options: WechatpaySimulatorOptions) {
    this.now = options.now ?? Date.now
  }

  /** Listens on loopback; resolves to the base URL to give the WeChat Pay client. */
  async start(port = 0): Promise<string> {
    const { server, origin } = await listenOnLoopback((req, res) => this.handle(req, res), port)
    this.server = server
    return `${origin}/`
  }

  async stop(): Promise<void> {
    await closeServer(this.server)
  }

  order(outTradeNo: string): SimulatedOrder | undefined {
    return this.orders.get(outTradeNo)
  }

  /** The customer pays: the order succeeds and WeChat Pay notifies the merchant; resolves to the merchant's HTTP status. */
  async pay(outTradeNo: string): Promise<number> {
    return (await deliver(this.markPaid(outTradeNo))).status
  }

  /** The customer pays, but the notification is handed back instead of sent (to lose it, delay it or send it twice). */
  markPaid(outTradeNo: string): SignedNotification {
    const order = this.orders.get(outTradeNo)
    if (!order || order.trade_state !== "NOTPAY") throw new Error(`Order ${outTradeNo} cannot be paid (${order?.trade_state ?? "unknown"})`)
    order.trade_state = "SUCCESS"
    order.transaction_id = `42000${Date.now()}${randomBytes(4).toString("hex")}`
    order.success_time = new Date(this.now()).toISOString()
    const { headers, body } = signedWechatpayNotification({
      platformPrivateKey: this.options.platformPrivateKey,
      serial: this.options.platformSerial,
      apiV3Key: this.options.merchant.apiV3Key,
      id: randomBytes(16).toString("hex"),
      eventType: "TRANSACTION.SUCCESS",
      resource: this.transaction(order),
      now: this.now(),
    })
    return { url: order.notify_url, headers: { ...headers, "content-type": "application/json" }, body }
  }

  /** Orders not paid yet, newest first: what a person can "scan and pay" on the simulator's page. */
  unpaid(): SimulatedOrder[] {
    return [...this.orders.values()].filter((order) => order.trade_state === "NOTPAY").reverse()
  }

  private transaction(order: SimulatedOrder) {
    return {
      appid: order.appid,
      mchid: order.mchid,
      out_trade_no: order.out_trade_no,
      trade_type: order.trade_type,
      trade_state: order.trade_state,
      trade_state_desc: { NOTPAY: "未支付", SUCCESS: "支付成功", CLOSED: "已关闭" }[order.trade_state],
      amount: { total: order.amount.total, payer_total: order.amount.total, currency: order.amount.currency, payer_currency: order.amount.currency },
      ...(order.transaction_id ? { transaction_id: order.transaction_id, success_time: order.success_time } : {}),
    }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const body = await bodyText(req)
    // The "phone" a person scans with: a page of orders to pay, outside the signed API.
    const url = new URL(req.url ?? "/", "http://simulator")
    if (req.method === "GET" && url.pathname === "/") return this.scanPage(res, url.searchParams.get("paid"))
    const scan = /^\/scan\/([^/]+)\/pay$/.exec(url.pathname)
    if (req.method === "POST" && scan) {
      const paid = await this.pay(decodeURIComponent(scan[1])).then(() => true, () => false)
      if (!paid) return sendPage(res, 409, "订单不能支付", "<p>这笔订单已支付或已关闭 · This order was already paid or closed.</p>")
      return void res.writeHead(303, { location: `/?paid=${encodeURIComponent(scan[1])}` }).end()
    }
    try {
      this.authenticate(req.method ?? "GET", req.url ?? "/", body, req.headers.authorization)
      const { status, data } = this.route(req.method ?? "GET", new URL(req.url ?? "/", "http://simulator"), body)
      this.reply(res, status, data)
    } catch (error) {
      if (error instanceof GatewayError) this.reply(res, error.status, { code: error.code, message: error.message })
      else this.reply(res, 500, { code: "SYSTEM_ERROR", message: String(error) })
    }
  }

  /** The merchant's `WECHATPAY2-SHA256-RSA2048` signature over method, path, timestamp, nonce and body. */
  private authenticate(method: string, path: string, body: string, authorization: string | undefined) {
    const scheme = "WECHATPAY2-SHA256-RSA2048 "
    if (!authorization?.startsWith(scheme)) throw new GatewayError(401, "SIGN_ERROR", "Authorization is missing")
    const fields = Object.fromEntries(
      [...authorization.slice(scheme.length).matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], match[2]]),
    ) as Record<string, string | undefined>
    const { merchant } = this.options
    if (fields.mchid !== merchant.mchid || fields.serial_no !== merchant.serial) throw new GatewayError(401, "SIGN_ERROR", "Unknown merchant or certificate")
    if (!fields.timestamp || Math.abs(this.now() / 1000 - Number(fields.timestamp)) > WECHATPAY_MAX_SKEW_SECONDS) {
      throw new GatewayError(401, "SIGN_ERROR", "Timestamp out of range")
    }
    const message = Formatter.request(method, path, fields.timestamp, fields.nonce_str ?? "", body)
    if (!fields.signature || !Rsa.verify(message, fields.signature, merchant.publicKey)) throw new GatewayError(401, "SIGN_ERROR", "Signature mismatch")
  }

  private route(method: string, url: URL, body: string): { status: number; data?: unknown } {
    const create = /^\/v3\/pay\/transactions\/(native|h5|jsapi)$/.exec(url.pathname)
    if (method === "POST" && create) return { status: 200, data: this.create(create[1] as keyof typeof CHANNELS, body) }
    if (method === "POST" && url.pathname === "/v3/refund/domestic/refunds") return { status: 200, data: this.refund(body) }
    const byNumber = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)(\/close)?$/.exec(url.pathname)
    if (byNumber) {
      const order = this.orders.get(decodeURIComponent(byNumber[1]))
      if (!order) throw new GatewayError(404, "ORDER_NOT_EXIST", "订单不存在")
      if (method === "GET" && !byNumber[2]) return { status: 200, data: this.transaction(order) }
      if (method === "POST" && byNumber[2]) {
        if (order.trade_state === "SUCCESS") throw new GatewayError(400, "ORDERPAID", "订单已支付")
        order.trade_state = "CLOSED"
        return { status: 204 }
      }
    }
    throw new GatewayError(404, "NOT_FOUND", `No ${method} ${url.pathname}`)
  }

  /** Refunds at once (the real gateway may take a while): never more than was paid, each out_refund_no once. */
  private refund(body: string) {
    let input: { out_trade_no?: string; out_refund_no?: string; amount?: { refund?: number; total?: number; currency?: string } }
    try {
      input = JSON.parse(body)
    } catch {
      throw new GatewayError(400, "PARAM_ERROR", "Body is not JSON")
    }
    const order = this.orders.get(input.out_trade_no ?? "")
    if (!order || order.trade_state !== "SUCCESS") throw new GatewayError(404, "RESOURCE_NOT_EXISTS", "订单不存在或未支付")
    const refund = input.amount?.refund
    if (!input.out_refund_no || typeof refund !== "number" || !Number.isInteger(refund) || refund <= 0 || input.amount?.total !== order.amount.total) {
      throw new GatewayError(400, "PARAM_ERROR", "out_refund_no, a whole positive amount.refund and the order's amount.total are required")
    }
    const existing = order.refunds.find((r) => r.out_refund_no === input.out_refund_no)
    const refunded = order.refunds.reduce((sum, r) => sum + r.refund, 0)
    if (!existing && refunded + refund > order.amount.total) throw new GatewayError(403, "NOT_ENOUGH", "退款金额超过可退金额")
    const done = existing ?? { refund_id: `50300${Date.now()}${randomBytes(3).toString("hex")}`, out_refund_no: input.out_refund_no, refund }
    if (!existing) order.refunds.push(done)
    return {
      refund_id: done.refund_id,
      out_refund_no: done.out_refund_no,
      transaction_id: order.transaction_id,
      out_trade_no: order.out_trade_no,
      channel: "ORIGINAL",
      status: "SUCCESS",
      amount: { total: order.amount.total, refund: done.refund, payer_total: order.amount.total, payer_refund: done.refund, currency: order.amount.currency },
    }
  }

  private create(channel: keyof typeof CHANNELS, body: string) {
    let input: Partial<SimulatedOrder> & { amount?: { total?: unknown; currency?: unknown } }
    try {
      input = JSON.parse(body)
    } catch {
      throw new GatewayError(400, "PARAM_ERROR", "Body is not JSON")
    }
    const { merchant } = this.options
    if (input.mchid !== merchant.mchid || input.appid !== merchant.appid) throw new GatewayError(400, "APPID_MCHID_NOT_MATCH", "appid 和 mchid 不匹配")
    const total = input.amount?.total
    if (!input.out_trade_no || !input.description || !input.notify_url || typeof total !== "number" || !Number.isInteger(total) || total <= 0) {
      throw new GatewayError(400, "PARAM_ERROR", "out_trade_no, description, notify_url and a whole positive amount.total are required")
    }
    const existing = this.orders.get(input.out_trade_no)
    if (existing?.trade_state === "SUCCESS") throw new GatewayError(400, "ORDERPAID", "订单已支付")
    if (existing && existing.amount.total !== total) throw new GatewayError(400, "INVALID_REQUEST", "同一订单号的参数不一致")
    const order: SimulatedOrder = existing ?? {
      appid: input.appid,
      mchid: input.mchid,
      out_trade_no: input.out_trade_no,
      description: input.description,
      ...(input.scene_info ? { scene_info: input.scene_info } : {}),
      notify_url: input.notify_url,
      amount: { total, currency: typeof input.amount?.currency === "string" ? input.amount.currency : "CNY" },
      trade_type: CHANNELS[channel],
      trade_state: "NOTPAY",
      refunds: [],
    }
    this.orders.set(order.out_trade_no, order)
    const token = Buffer.from(order.out_trade_no).toString("base64url")
    if (channel === "native") return { code_url: `weixin://wxpay/bizpayurl?pr=${token}` }
    if (channel === "h5") return { h5_url: `https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=${token}` }
    return { prepay_id: `wx${token}` }
  }

  /** Every unpaid order, each with a button that pays it as a scan of its QR code would; after a payment, what was paid. */
  private scanPage(res: http.ServerResponse, paidNo: string | null) {
    const yuan = (fen: number) => (fen / 100).toFixed(2)
    const paid = paidNo ? this.orders.get(paidNo) : undefined
    const rows = this.unpaid()
      .map(
        (order) => `<li style="margin: 1rem 0"><strong>${escapeHtml(order.description)}</strong> ¥${yuan(order.amount.total)}
<form method="post" action="/scan/${encodeURIComponent(order.out_trade_no)}/pay" style="display: inline"><button>扫码支付 · Pay</button></form></li>`,
      )
      .join("")
    sendPage(
      res,
      200,
      "微信支付模拟器",
      `${paid?.trade_state === "SUCCESS" ? paidNotice(paid.description, yuan(paid.amount.total)) : ""}
<h1 style="font-size: 1.25rem">待支付订单 · Orders waiting for payment</h1>
${rows ? `<ul style="padding-left: 1rem">${rows}</ul>` : "<p>暂无待支付订单。在 Doorstep 选择微信支付后，订单会出现在这里。<br>No orders yet: choose WeChat Pay at checkout and the order appears here.</p>"}`,
    )
  }

  /** Every answer is signed with the platform key over timestamp, nonce and the exact body sent. */
  private reply(res: http.ServerResponse, status: number, data?: unknown) {
    const body = data === undefined ? "" : JSON.stringify(data)
    const timestamp = String(Math.floor(this.now() / 1000))
    const nonce = randomBytes(16).toString("hex")
    res.writeHead(status, {
      ...(body ? { "Content-Type": "application/json" } : {}),
      "Request-ID": randomBytes(12).toString("hex"),
      "Wechatpay-Timestamp": timestamp,
      "Wechatpay-Nonce": nonce,
      "Wechatpay-Serial": this.options.platformSerial,
      "Wechatpay-Signature": Rsa.sign(Formatter.response(timestamp, nonce, body), this.options.platformPrivateKey),
    })
    res.end(body)
  }
}
