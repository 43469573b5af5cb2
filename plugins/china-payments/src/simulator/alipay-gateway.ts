import { fenToYuan, yuanToFen } from "@doorstep/booking-core"
import { createSign, createVerify, randomBytes, type KeyObject } from "node:crypto"
import http from "node:http"
import { bodyText, closeServer, deliver, listenOnLoopback, type SignedNotification } from "./loopback"
import { escapeHtml, paidNotice, sendPage } from "./pages"
import { signedAlipayNotification } from "./signing"

export interface AlipaySimulatorOptions {
  /** Our app as Alipay knows it: its id and the public half of the key it signs requests with. */
  app: { appId: string; publicKey: string | KeyObject }
  /** The simulator's own key: it signs answers and notifications, as Alipay does. */
  alipayPrivateKey: string | KeyObject
  now?: () => number
}

type TradeStatus = "WAIT_BUYER_PAY" | "TRADE_SUCCESS" | "TRADE_CLOSED"

interface SimulatedTrade {
  out_trade_no: string
  subject: string
  total_amount: string
  product_code: string
  notify_url: string
  return_url?: string
  trade_status: TradeStatus
  trade_no?: string
  gmt_payment?: string
  /** Refunded so far, in fen, by out_request_no. */
  refunds: Map<string, number>
}

class GatewayError extends Error {
  constructor(
    readonly code: string,
    readonly subCode: string,
    message: string,
  ) {
    super(message)
  }
}

const PAGE_METHODS = new Set(["alipay.trade.page.pay", "alipay.trade.wap.pay"])
const shanghaiTime = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().replace("T", " ").slice(0, 19)

/**
 * A local stand-in for the part of Alipay's OpenAPI gateway we call —
 * development and tests only, never configured in production. It checks each
 * request's RSA2 signature against our app's public key, signs every answer and
 * notification with its own key, shows a cashier page for page and wap pay, and
 * lets a person (or a test) pay a trade.
 */
export class AlipaySimulator {
  private readonly trades = new Map<string, SimulatedTrade>()
  private server?: http.Server
  private base = ""
  private readonly now: () => number

  constructor(private readonly options: AlipaySimulatorOptions) {
    this.now = options.now ?? Date.now
  }

  /** Listens on loopback; resolves to the gateway URL to give the Alipay SDK. */
  async start(port = 0): Promise<string> {
    const { server, origin } = await listenOnLoopback((req, res) => this.handle(req, res), port)
    this.server = server
    this.base = origin
    return `${this.base}/gateway.do`
  }

  async stop(): Promise<void> {
    await closeServer(this.server)
  }

  trade(outTradeNo: string): SimulatedTrade | undefined {
    return this.trades.get(outTradeNo)
  }

  /** The customer pays at the cashier: the trade succeeds and Alipay notifies the merchant; resolves to what the merchant answered. */
  async pay(outTradeNo: string): Promise<string> {
    return (await deliver(this.markPaid(outTradeNo))).text
  }

  /** The customer pays, but the notification is handed back instead of sent (to lose it, delay it or send it twice). */
  markPaid(outTradeNo: string): SignedNotification {
    const trade = this.trades.get(outTradeNo)
    if (!trade || trade.trade_status !== "WAIT_BUYER_PAY") throw new Error(`Trade ${outTradeNo} cannot be paid (${trade?.trade_status ?? "unknown"})`)
    trade.trade_status = "TRADE_SUCCESS"
    trade.trade_no = `2026${Date.now()}${randomBytes(3).toString("hex")}`
    trade.gmt_payment = shanghaiTime(this.now())
    const params = signedAlipayNotification(this.options.alipayPrivateKey, {
      notify_id: randomBytes(16).toString("hex"),
      notify_type: "trade_status_sync",
      notify_time: shanghaiTime(this.now()),
      app_id: this.options.app.appId,
      charset: "utf-8",
      version: "1.0",
      out_trade_no: trade.out_trade_no,
      trade_no: trade.trade_no,
      trade_status: trade.trade_status,
      total_amount: trade.total_amount,
      subject: trade.subject,
      gmt_payment: trade.gmt_payment,
    })
    return { url: trade.notify_url, headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(params).toString() }
  }

  /** Trades not paid yet, newest first: what a person can pay on the simulator's page. */
  unpaid(): SimulatedTrade[] {
    return [...this.trades.values()].filter((trade) => trade.trade_status === "WAIT_BUYER_PAY").reverse()
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? "/", this.base)
    const form = Object.fromEntries(new URLSearchParams(await bodyText(req)))
    const cashier = /^\/cashier\/([^/]+)\/pay$/.exec(url.pathname)
    if (req.method === "POST" && cashier) return await this.payAtCashier(decodeURIComponent(cashier[1]), res)
    if (url.pathname !== "/gateway.do") return void res.writeHead(404).end()

    const params: Record<string, string> = { ...Object.fromEntries(url.searchParams), ...form }
    const method = params.method ?? ""
    try {
      this.authenticate(params)
      if (PAGE_METHODS.has(method)) return this.cashierPage(res, this.createTrade(method, params))
      this.answer(res, method, this.execute(method, params))
    } catch (error) {
      if (!(error instanceof GatewayError)) throw error
      const failure = { code: error.code, msg: error.code === "40002" ? "Invalid Arguments" : "Business Failed", sub_code: error.subCode, sub_msg: error.message }
      if (PAGE_METHODS.has(method)) return void res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end(`${error.subCode}: ${error.message}`)
      this.answer(res, method, failure)
    }
  }

  /** Our app's RSA2 signature over every parameter but `sign`, sorted. */
  private authenticate(params: Record<string, string>) {
    if (params.app_id !== this.options.app.appId) throw new GatewayError("40002", "isv.invalid-app-id", "无效的 AppID")
    if (params.sign_type !== "RSA2" || !params.sign) throw new GatewayError("40002", "isv.invalid-signature-type", "只接受 RSA2 签名")
    const content = Object.keys(params)
      .filter((key) => key !== "sign")
      .sort()
      .map((key) => `${key}=${params[key]}`)
      .join("&")
    if (!createVerify("RSA-SHA256").update(content, "utf8").verify(this.options.app.publicKey, params.sign, "base64")) {
      throw new GatewayError("40002", "isv.invalid-signature", "验签出错")
    }
  }

  private bizContent(params: Record<string, string>): Record<string, string> {
    try {
      return JSON.parse(params.biz_content ?? "{}")
    } catch {
      throw new GatewayError("40002", "isv.invalid-biz-content", "biz_content 不是 JSON")
    }
  }

  private createTrade(method: string, params: Record<string, string>): SimulatedTrade {
    const biz = this.bizContent(params)
    if (!biz.out_trade_no || !biz.subject || !/^\d+(\.\d{1,2})?$/.test(String(biz.total_amount ?? "")) || !params.notify_url) {
      throw new GatewayError("40002", "isv.missing-parameter", "out_trade_no, subject, total_amount and notify_url are required")
    }
    const existing = this.trades.get(biz.out_trade_no)
    if (existing && existing.trade_status !== "WAIT_BUYER_PAY") throw new GatewayError("40004", "ACQ.TRADE_HAS_SUCCESS", "交易已被支付或关闭")
    const trade: SimulatedTrade = {
      out_trade_no: biz.out_trade_no,
      subject: biz.subject,
      total_amount: fenToYuan(yuanToFen(String(biz.total_amount))),
      product_code: biz.product_code ?? (method === "alipay.trade.wap.pay" ? "QUICK_WAP_WAY" : "FAST_INSTANT_TRADE_PAY"),
      notify_url: params.notify_url,
      return_url: params.return_url,
      trade_status: "WAIT_BUYER_PAY",
      refunds: new Map(),
    }
    this.trades.set(trade.out_trade_no, trade)
    return trade
  }

  private execute(method: string, params: Record<string, string>): Record<string, string> {
    const biz = this.bizContent(params)
    const trade = this.trades.get(biz.out_trade_no ?? "")
    if (method === "alipay.trade.query") {
      if (!trade) throw new GatewayError("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在")
      return {
        code: "10000",
        msg: "Success",
        out_trade_no: trade.out_trade_no,
        trade_status: trade.trade_status,
        total_amount: trade.total_amount,
        ...(trade.trade_no ? { trade_no: trade.trade_no, send_pay_date: trade.gmt_payment! } : {}),
      }
    }
    if (method === "alipay.trade.close") {
      if (!trade) throw new GatewayError("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在")
      if (trade.trade_status === "TRADE_SUCCESS") throw new GatewayError("40004", "ACQ.TRADE_STATUS_ERROR", "交易已支付，不能关闭")
      trade.trade_status = "TRADE_CLOSED"
      return { code: "10000", msg: "Success", out_trade_no: trade.out_trade_no }
    }
    if (method === "alipay.trade.refund") {
      if (!trade) throw new GatewayError("40004", "ACQ.TRADE_NOT_EXIST", "交易不存在")
      if (trade.trade_status !== "TRADE_SUCCESS") throw new GatewayError("40004", "ACQ.TRADE_STATUS_ERROR", "交易状态不合法")
      if (!/^\d+(\.\d{1,2})?$/.test(String(biz.refund_amount ?? ""))) throw new GatewayError("40002", "isv.invalid-parameter", "refund_amount 不合法")
      const requestNo = biz.out_request_no ?? trade.out_trade_no
      const refunded = [...trade.refunds.values()].reduce((sum, amount) => sum + amount, 0)
      if (!trade.refunds.has(requestNo)) {
        if (refunded + yuanToFen(biz.refund_amount) > yuanToFen(trade.total_amount)) throw new GatewayError("40004", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限")
        trade.refunds.set(requestNo, yuanToFen(biz.refund_amount))
      }
      const total = [...trade.refunds.values()].reduce((sum, amount) => sum + amount, 0)
      return {
        code: "10000",
        msg: "Success",
        out_trade_no: trade.out_trade_no,
        trade_no: trade.trade_no!,
        fund_change: total > refunded ? "Y" : "N",
        refund_fee: fenToYuan(total),
      }
    }
    throw new GatewayError("40004", "isv.invalid-method", `不支持的接口 ${method}`)
  }

  /** `{"<method>_response": {...}, "sign": "..."}`, signed over the exact text of the response object. */
  private answer(res: http.ServerResponse, method: string, data: Record<string, string>) {
    const node = JSON.stringify(data)
    const sign = createSign("RSA-SHA256").update(node, "utf8").sign(this.options.alipayPrivateKey, "base64")
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(`{"${method.replaceAll(".", "_")}_response":${node},"sign":"${sign}"}`)
  }

  /** What the customer's browser shows: the trade and a button to pay it. */
  private cashierPage(res: http.ServerResponse, trade: SimulatedTrade) {
    sendPage(
      res,
      200,
      "支付宝模拟收银台",
      `<h1 style="font-size: 1.25rem">${escapeHtml(trade.subject)}</h1>
<p style="font-size: 2rem; margin: 0.5rem 0">¥${escapeHtml(trade.total_amount)}</p>
<form method="post" action="/cashier/${encodeURIComponent(trade.out_trade_no)}/pay"><button style="font-size: 1.1rem; padding: 0.6rem 2rem">确认付款</button></form>`,
    )
  }

  private async payAtCashier(outTradeNo: string, res: http.ServerResponse) {
    const trade = this.trades.get(outTradeNo)
    if (!trade || trade.trade_status !== "WAIT_BUYER_PAY") return void res.writeHead(409, { "content-type": "text/plain; charset=utf-8" }).end("交易不能支付")
    await this.pay(outTradeNo)
    if (trade.return_url) return void res.writeHead(303, { location: `${trade.return_url}?out_trade_no=${encodeURIComponent(outTradeNo)}` }).end()
    sendPage(res, 200, "支付成功", paidNotice(trade.subject, trade.total_amount))
  }
}
