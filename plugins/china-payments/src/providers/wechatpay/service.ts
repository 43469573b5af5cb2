import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  PaymentSessionStatus,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError } from "@medusajs/framework/utils"
import { Wechatpay } from "wechatpay-axios-plugin"
import { readWechatpayNotification } from "../../lib/wechatpay-notifications"
import { assertConfigured, assertSameAmount, newSession, nextRefund, sessionOf, toFen, webhookAction, type GatewaySession } from "../session"

export interface WechatpayOptions {
  mchid: string
  appid: string
  /** The merchant API certificate's serial, and its private key (PEM). */
  merchantSerial: string
  merchantPrivateKey: string
  /** WeChat Pay's platform key id/serial and public key (PEM): answers and notifications must verify with it. */
  platformSerial: string
  platformPublicKey: string
  apiV3Key: string
  /** Where WeChat Pay sends payment notifications: our `/hooks/payments/wechatpay`. */
  notifyUrl: string
  /** The gateway; the real one unless set (the local simulator in development and tests). */
  baseUrl?: string
}

/** How the customer pays: a QR code on a computer, a mobile browser, or inside WeChat. */
type Channel = "native" | "h5" | "jsapi"

interface SessionData extends GatewaySession {
  channel: Channel
}

interface Transaction {
  out_trade_no: string
  trade_state: string
  transaction_id?: string
  amount?: { total: number; currency: string }
}

const REQUIRED: Array<keyof WechatpayOptions> = ["mchid", "appid", "merchantSerial", "merchantPrivateKey", "platformSerial", "platformPublicKey", "apiV3Key", "notifyUrl"]


/** What a WeChat Pay trade state means for the payment session. */
function sessionStatus(tradeState: string): PaymentSessionStatus {
  switch (tradeState) {
    case "SUCCESS":
      return "captured"
    case "NOTPAY":
    case "USERPAYING":
      return "pending"
    case "CLOSED":
    case "REVOKED":
      return "canceled"
    case "REFUND":
      return "captured"
    default:
      return "error"
  }
}

/**
 * WeChat Pay APIv3 as a Medusa payment provider. A payment session is one
 * WeChat Pay order whose out_trade_no is the session id; WeChat Pay captures at
 * payment, so a paid order is a captured session.
 */
export class WechatpayProviderService extends AbstractPaymentProvider<WechatpayOptions> {
  static override identifier = "wechatpay"
  private readonly client: Wechatpay

  static override validateOptions(options: Record<string, unknown>): void {
    assertConfigured("WeChat Pay", options, REQUIRED)
    if ((options.apiV3Key as string).length !== 32) throw new MedusaError(MedusaError.Types.INVALID_DATA, "WeChat Pay apiV3Key must be 32 characters")
  }

  constructor(cradle: Record<string, unknown>, options: WechatpayOptions) {
    super(cradle, options)
    this.client = new Wechatpay({
      mchid: options.mchid,
      serial: options.merchantSerial,
      privateKey: options.merchantPrivateKey,
      certs: { [options.platformSerial]: options.platformPublicKey },
      ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
    } as ConstructorParameters<typeof Wechatpay>[0])
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const { outTradeNo, totalFen: total, description, data } = newSession("WeChat Pay", input)
    const channel = (data.channel ?? "native") as Channel
    const order: Record<string, unknown> = {
      appid: this.config.appid,
      mchid: this.config.mchid,
      out_trade_no: outTradeNo,
      description: description.slice(0, 127),
      notify_url: this.config.notifyUrl,
      amount: { total, currency: "CNY" },
    }
    if (channel === "jsapi") {
      if (typeof data.openid !== "string") throw new MedusaError(MedusaError.Types.INVALID_DATA, "Paying inside WeChat needs the payer's openid")
      order.payer = { openid: data.openid }
    } else if (channel === "h5") {
      if (typeof data.client_ip !== "string") throw new MedusaError(MedusaError.Types.INVALID_DATA, "Mobile-browser payment needs the payer's IP")
      order.scene_info = { payer_client_ip: data.client_ip, h5_info: { type: "Wap" } }
    } else if (channel !== "native") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown WeChat Pay channel ${String(channel)}`)
    }
    const answer = await this.call(() => this.client.v3.pay.transactions[channel].post(order))
    const session: SessionData = { out_trade_no: outTradeNo, channel, total_fen: total, ...answer.data }
    return { id: outTradeNo, data: session, status: "pending" }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const transaction = await this.query(input.data)
    return { status: sessionStatus(transaction.trade_state), data: { ...input.data, transaction } }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const transaction = await this.query(input.data)
    if (transaction.trade_state !== "SUCCESS") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `WeChat Pay order ${transaction.out_trade_no} is ${transaction.trade_state}, not paid`)
    return { data: { ...input.data, transaction } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const transaction = await this.query(input.data)
    return { status: sessionStatus(transaction.trade_state), data: { ...input.data, transaction } }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: { ...input.data, transaction: await this.query(input.data) } }
  }

  /** Closes the unpaid order, so it can no longer be paid. */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const { out_trade_no } = this.session(input.data)
    await this.call(() => this.client.v3.pay.transactions.outTradeNo.$out_trade_no$.close.post({ mchid: this.config.mchid }, { out_trade_no }))
    return { data: { ...input.data, closed: true } }
  }

  /** Closes the order if it is still open; a paid order's money is the payment's now, and stays where it is. */
  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    const transaction = await this.query(input.data)
    if (transaction.trade_state !== "NOTPAY" && transaction.trade_state !== "USERPAYING") return { data: input.data }
    return await this.cancelPayment(input)
  }

  /** A WeChat Pay order's amount cannot change: a new amount needs a new session. */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    assertSameAmount("WeChat Pay", input.amount, this.session(input.data))
    return { data: input.data }
  }

  /** Refunds part or all of a paid order; each refund gets its own out_refund_no. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const session = this.session(input.data)
    const { refunds, requestNo } = nextRefund(session)
    const answer = await this.call(() =>
      this.client.v3.refund.domestic.refunds.post({
        out_trade_no: session.out_trade_no,
        out_refund_no: requestNo,
        amount: { refund: toFen(input.amount), total: session.total_fen, currency: "CNY" },
      }),
    )
    return { data: { ...input.data, refunds: [...refunds, answer.data] } }
  }

  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return webhookAction(() =>
      readWechatpayNotification(this.config, { headers: payload.headers as Record<string, string>, rawBody: payload.rawData.toString(), now: Date.now() }),
    )
  }

  private session(data: Record<string, unknown> | undefined): SessionData {
    return sessionOf("WeChat Pay", data) as SessionData
  }

  private async query(data: Record<string, unknown> | undefined): Promise<Transaction> {
    const { out_trade_no } = this.session(data)
    const answer = await this.call(() => this.client.v3.pay.transactions.outTradeNo.$out_trade_no$.get({ params: { mchid: this.config.mchid }, out_trade_no }))
    return answer.data as Transaction
  }

  /** WeChat Pay's refusals become Medusa errors carrying its code; answers that fail verification are never believed. */
  private async call<T extends { data: Record<string, unknown> }>(request: () => Promise<T>): Promise<T> {
    try {
      return await request()
    } catch (error) {
      const answer = (error as { response?: { status?: number; data?: { code?: string; message?: string } } }).response
      if (answer?.data?.code) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `WeChat Pay ${answer.data.code}: ${answer.data.message ?? ""}`)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `WeChat Pay could not be reached or did not verify: ${(error as Error).message.slice(0, 200)}`)
    }
  }
}
