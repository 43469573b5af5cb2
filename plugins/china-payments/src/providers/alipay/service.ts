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
import { fenToYuan } from "@doorstep/booking-core"
import { AlipaySdk } from "alipay-sdk"
import { readAlipayNotification } from "../../lib/alipay-notifications"
import { assertConfigured, assertSameAmount, newSession, nextRefund, sessionOf, toFen, webhookAction, type GatewaySession } from "../session"

export interface AlipayOptions {
  appId: string
  /** Our app's private key (PKCS#8 PEM): it signs every request. */
  appPrivateKey: string
  /** Alipay's public key (PEM): answers and notifications must verify with it. */
  alipayPublicKey: string
  /** Where Alipay sends payment notifications: our `/hooks/payments/alipay`. */
  notifyUrl: string
  /** Where the customer's browser returns after paying. */
  returnUrl?: string
  /** The gateway; the real one unless set (the local simulator in development and tests). */
  gateway?: string
}

/** How the customer pays: the cashier page on a computer, or the mobile-web one. */
type Channel = "page" | "wap"
const METHODS: Record<Channel, { method: string; productCode: string }> = {
  page: { method: "alipay.trade.page.pay", productCode: "FAST_INSTANT_TRADE_PAY" },
  wap: { method: "alipay.trade.wap.pay", productCode: "QUICK_WAP_WAY" },
}

interface SessionData extends GatewaySession {
  channel: Channel
  pay_url: string
}

interface TradeAnswer {
  code: string
  subCode?: string
  subMsg?: string
  tradeStatus?: string
  [key: string]: unknown
}

const REQUIRED: Array<keyof AlipayOptions> = ["appId", "appPrivateKey", "alipayPublicKey", "notifyUrl"]

/** Alipay's own SDK client for our app: it signs requests and verifies answers and notifications. */
export function alipaySdk(options: AlipayOptions): AlipaySdk {
  return new AlipaySdk({
    appId: options.appId,
    privateKey: options.appPrivateKey,
    keyType: "PKCS8",
    alipayPublicKey: options.alipayPublicKey,
    ...(options.gateway ? { gateway: options.gateway } : {}),
  })
}

/** What an Alipay trade status means for the payment session; a trade Alipay has not seen yet is one nobody has opened. */
function sessionStatus(answer: TradeAnswer): PaymentSessionStatus {
  if (answer.code !== "10000") return answer.subCode === "ACQ.TRADE_NOT_EXIST" ? "pending" : "error"
  switch (answer.tradeStatus) {
    case "WAIT_BUYER_PAY":
      return "pending"
    case "TRADE_SUCCESS":
    case "TRADE_FINISHED":
      return "captured"
    case "TRADE_CLOSED":
      return "canceled"
    default:
      return "error"
  }
}

/**
 * Alipay as a Medusa payment provider. A payment session is one Alipay trade
 * whose out_trade_no is the session id; the customer pays on Alipay's cashier
 * page (a link we hand the storefront), and Alipay captures at payment.
 */
export class AlipayProviderService extends AbstractPaymentProvider<AlipayOptions> {
  static override identifier = "alipay"
  private readonly sdk: AlipaySdk

  static override validateOptions(options: Record<string, unknown>): void {
    assertConfigured("Alipay", options, REQUIRED)
  }

  constructor(cradle: Record<string, unknown>, options: AlipayOptions) {
    super(cradle, options)
    this.sdk = alipaySdk(options)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const { outTradeNo, totalFen: total, description, data } = newSession("Alipay", input)
    const channel = (data.channel ?? "page") as Channel
    if (!METHODS[channel]) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown Alipay channel ${String(channel)}`)
    const payUrl = this.sdk.pageExecute(METHODS[channel].method, "GET", {
      bizContent: {
        out_trade_no: outTradeNo,
        total_amount: fenToYuan(total),
        subject: description.slice(0, 128),
        product_code: METHODS[channel].productCode,
      },
      notifyUrl: this.config.notifyUrl,
      ...(this.config.returnUrl ? { returnUrl: this.config.returnUrl } : {}),
    })
    const session: SessionData = { out_trade_no: outTradeNo, channel, total_fen: total, pay_url: payUrl }
    return { id: outTradeNo, data: session, status: "pending" }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const trade = await this.query(input.data)
    return { status: sessionStatus(trade), data: { ...input.data, trade } }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const trade = await this.query(input.data)
    if (sessionStatus(trade) !== "captured") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Alipay trade is ${trade.tradeStatus ?? trade.subCode}, not paid`)
    return { data: { ...input.data, trade } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const trade = await this.query(input.data)
    return { status: sessionStatus(trade), data: { ...input.data, trade } }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: { ...input.data, trade: await this.query(input.data) } }
  }

  /** Closes the unpaid trade; a trade nobody opened has nothing to close. */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const answer = await this.exec("alipay.trade.close", { out_trade_no: this.session(input.data).out_trade_no })
    if (answer.code !== "10000" && answer.subCode !== "ACQ.TRADE_NOT_EXIST") throw this.refusal(answer)
    return { data: { ...input.data, closed: true } }
  }

  /** Closes the trade if it is still open; a paid trade's money is the payment's now, and stays where it is. */
  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    if (sessionStatus(await this.query(input.data)) !== "pending") return { data: input.data }
    return await this.cancelPayment(input)
  }

  /** An Alipay trade's amount cannot change: a new amount needs a new session. */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    assertSameAmount("Alipay", input.amount, this.session(input.data))
    return { data: input.data }
  }

  /** Refunds part or all of a paid trade; each refund is its own request number, so a retry never pays out twice. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const session = this.session(input.data)
    const { refunds, requestNo } = nextRefund(session)
    const answer = await this.exec("alipay.trade.refund", {
      out_trade_no: session.out_trade_no,
      refund_amount: fenToYuan(toFen(input.amount)),
      out_request_no: requestNo,
    })
    if (answer.code !== "10000") throw this.refusal(answer)
    return { data: { ...input.data, refunds: [...refunds, answer] } }
  }

  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return webhookAction(() => readAlipayNotification(this.sdk, this.config.appId, Object.fromEntries(new URLSearchParams(payload.rawData.toString()))))
  }

  private session(data: Record<string, unknown> | undefined): SessionData {
    return sessionOf("Alipay", data) as SessionData
  }

  private async query(data: Record<string, unknown> | undefined): Promise<TradeAnswer> {
    return await this.exec("alipay.trade.query", { out_trade_no: this.session(data).out_trade_no })
  }

  /** Every answer's signature is checked; an answer that fails is never believed. */
  private async exec(method: string, bizContent: Record<string, string>): Promise<TradeAnswer> {
    try {
      return (await this.sdk.exec(method, { bizContent }, { validateSign: true })) as TradeAnswer
    } catch (error) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Alipay could not be reached or did not verify: ${(error as Error).message.slice(0, 200)}`)
    }
  }

  private refusal(answer: TradeAnswer) {
    return new MedusaError(MedusaError.Types.NOT_ALLOWED, `Alipay ${answer.subCode ?? answer.code}: ${answer.subMsg ?? ""}`)
  }
}
