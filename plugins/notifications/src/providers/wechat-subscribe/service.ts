import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService } from "@medusajs/framework/utils"
import { DeliveryError } from "../../lib/delivery-errors"
import type { WechatFieldSource, WechatMessageOptions } from "../../lib/wechat-message-config"

/** The access token is taken this long before WeChat says it expires. */
const EARLY_MS = 5 * 60_000
/** WeChat's "this access token is invalid / has expired / is not the latest" answers. */
const STALE_TOKEN = new Set([40001, 40014, 42001])
/** Answers that will not change by trying again: the customer refused or used up their subscription, an openid not of this app, a template or its data WeChat will not take. */
const PERMANENT: Record<number, string> = {
  43101: "WECHAT_NOT_SUBSCRIBED",
  40003: "WECHAT_INVALID_OPENID",
  40037: "WECHAT_REJECTED",
  47003: "WECHAT_REJECTED",
  41030: "WECHAT_REJECTED",
}

/** WeChat's limits on what a field of each type holds (characters); longer text is cut with an ellipsis. */
const FIELD_LIMITS: Array<[RegExp, number]> = [
  [/^thing/, 20],
  [/^name/, 10],
  [/^phrase/, 5],
  [/^character_string/, 32],
]
const fit = (key: string, value: string) => {
  const limit = FIELD_LIMITS.find(([pattern]) => pattern.test(key))?.[1]
  const chars = [...value]
  return limit && chars.length > limit ? `${chars.slice(0, limit - 1).join("")}…` : value
}

/** The start as WeChat's `time` fields take it, in the appointment's zone: "2026年12月2日 13:00". */
export function wechatTime(iso: string, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  )
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`
}

interface WechatAnswer {
  errcode?: number
  errmsg?: string
  access_token?: string
  expires_in?: number
  msgid?: number | string
}

/**
 * WeChat subscription messages (channel `wechat`): a mini program's
 * `subscribeMessage.send` or an official account's `subscribe/bizsend`, to
 * the customer's openid, with the kind's template filled from the notice.
 * The access token comes from `stable_token` (several commerce instances
 * share it without revoking each other's) and is kept until shortly before
 * it expires; WeChat calling it stale fetches it again once.
 */
export class WechatSubscribeNotificationService extends AbstractNotificationProviderService {
  static override identifier = "wechat-subscribe"
  private readonly options: WechatMessageOptions
  private readonly logger?: Logger
  private token: { value: string; until: number } | null = null
  private pendingToken: Promise<string> | null = null

  constructor({ logger }: { logger?: Logger }, options: WechatMessageOptions) {
    super()
    this.options = options
    this.logger = logger
  }

  static override validateOptions(options: Record<string, unknown>) {
    for (const name of ["appId", "appSecret", "templates", "apiBase"]) if (!options[name]) throw new Error(`wechat-subscribe: option ${name} is required`)
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const kind = notification.template.replace(/^doorstep\./, "")
    const template = this.options.templates[kind]
    if (!template) throw new DeliveryError("WECHAT_NO_TEMPLATE", true, `no WeChat template for ${kind}`)
    const message = this.message(notification, template.id, template.data)
    let answer = await this.post(message, await this.accessToken())
    if (answer.errcode && STALE_TOKEN.has(answer.errcode)) {
      this.token = null
      answer = await this.post(message, await this.accessToken())
    }
    if (answer.errcode) {
      const permanent = PERMANENT[answer.errcode]
      throw new DeliveryError(permanent ?? (answer.errcode === 45009 ? "WECHAT_RATE_LIMITED" : "WECHAT_UNAVAILABLE"), Boolean(permanent), `WeChat answered ${answer.errcode}: ${answer.errmsg}`)
    }
    return { id: answer.msgid == null ? undefined : String(answer.msgid) }
  }

  private message(notification: ProviderSendNotificationDTO, templateId: string, fields: Record<string, WechatFieldSource>) {
    const data = (notification.data ?? {}) as Record<string, any>
    const params = (data.params ?? {}) as Record<string, string | null | undefined>
    const sources: Record<WechatFieldSource, string> = {
      title: data.title ?? "",
      body: data.body ?? "",
      when: params.when ?? "",
      time: data.starts_at ? wechatTime(data.starts_at, params.zone ?? "Asia/Shanghai") : "",
      name: params.name ?? "",
      district: params.district ?? "",
      refund: params.refund ? `${params.refund}元` : "0元",
      fee: params.fee ? `${params.fee}元` : "0元",
    }
    const page = this.options.pageBase && data.url ? `${this.options.pageBase}${this.options.kind === "miniprogram" ? encodeURIComponent(data.url) : data.url}` : undefined
    return {
      touser: notification.to,
      template_id: templateId,
      ...(page ? { page } : {}),
      data: Object.fromEntries(Object.entries(fields).map(([key, source]) => [key, { value: fit(key, sources[source]) }])),
      ...(this.options.kind === "miniprogram" ? { miniprogram_state: this.options.state ?? "formal", lang: data.locale === "en" ? "en_US" : "zh_CN" } : {}),
    }
  }

  private async post(message: object, token: string): Promise<WechatAnswer> {
    const path = this.options.kind === "miniprogram" ? "/cgi-bin/message/subscribe/send" : "/cgi-bin/message/subscribe/bizsend"
    return await this.call(`${path}?access_token=${encodeURIComponent(token)}`, message)
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.until > Date.now()) return this.token.value
    // One request for every message waiting on it.
    this.pendingToken ??= this.call("/cgi-bin/stable_token", { grant_type: "client_credential", appid: this.options.appId, secret: this.options.appSecret })
      .then((answer) => {
        if (!answer.access_token) throw new DeliveryError("WECHAT_UNAVAILABLE", false, `WeChat gave no access token: ${answer.errcode} ${answer.errmsg}`)
        this.token = { value: answer.access_token, until: Date.now() + (answer.expires_in ?? 7200) * 1000 - EARLY_MS }
        return answer.access_token
      })
      .finally(() => (this.pendingToken = null))
    return await this.pendingToken
  }

  private async call(path: string, body: object): Promise<WechatAnswer> {
    let response: Response
    try {
      response = await fetch(new URL(path, this.options.apiBase), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) })
    } catch (error) {
      throw new DeliveryError("WECHAT_UNAVAILABLE", false, `WeChat did not answer: ${(error as Error).message}`)
    }
    if (!response.ok) throw new DeliveryError("WECHAT_UNAVAILABLE", false, `WeChat answered HTTP ${response.status}`)
    const answer = (await response.json()) as WechatAnswer
    if (answer.errcode) this.logger?.debug?.(`WeChat ${path.split("?")[0]}: ${answer.errcode} ${answer.errmsg}`)
    return answer
  }
}
