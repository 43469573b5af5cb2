import type { ProviderSendNotificationDTO } from "@medusajs/framework/types"
import { deliveryFailureOf } from "../../lib/delivery-errors"
import { wechatMessagesFromEnv, WECHAT_KINDS, type WechatMessageOptions } from "../../lib/wechat-message-config"
import { startWechatMessages, type WechatMessagesSimulator } from "../../simulator/wechat-messages"
import { WechatSubscribeNotificationService } from "../wechat-subscribe/service"

const templates: WechatMessageOptions["templates"] = {
  booking_confirmed: { id: "tmpl-confirmed", data: { thing1: "title", time2: "time", thing3: "body" } },
  cancelled: { id: "tmpl-cancelled", data: { thing1: "title", time2: "time", amount3: "refund" } },
}
const notice = (kind: string, to = "o-customer-openid") =>
  ({
    to,
    channel: "wechat",
    template: `doorstep.${kind}`,
    data: {
      title: "预约成功",
      body: "您的上门服务已确认：明天 13:00。我们正在为您安排美容师。",
      url: "/appointments/appt_01",
      starts_at: "2026-12-02T05:00:00.000Z",
      locale: "zh-CN",
      params: { when: "明天 13:00", refund: "49.00", zone: "Asia/Shanghai" },
    },
  }) as unknown as ProviderSendNotificationDTO

describe("WeChat subscription messages (subscribeMessage.send)", () => {
  let wechat: { state: WechatMessagesSimulator; url: string; close: () => Promise<void> }
  let provider: WechatSubscribeNotificationService
  const subscribe = (openid: string, ...templateIds: string[]) => wechat.state.subscribed.set(openid, new Set(templateIds))
  beforeAll(async () => {
    const { simulator } = await startWechatMessages("wx-mini-app", "mini-secret")
    wechat = { state: simulator, url: simulator.url, close: simulator.stop }
  })
  afterAll(() => wechat.close())
  beforeEach(() => {
    Object.assign(wechat.state, { tokenRequests: 0, sent: [], messagePaths: [], expiresIn: 7200 })
    wechat.state.tokens.clear()
    provider = new WechatSubscribeNotificationService({}, { appId: "wx-mini-app", appSecret: "mini-secret", kind: "miniprogram", templates, pageBase: "pages/web/index?path=", apiBase: wechat.url })
  })

  it("sends the kind's template to the openid, its fields filled and cut to WeChat's lengths, leading to the appointment", async () => {
    subscribe("o-customer-openid", "tmpl-confirmed")
    await expect(provider.send(notice("booking_confirmed"))).resolves.toEqual({ id: "3520000001" })
    expect(wechat.state.sent).toEqual([
      {
        touser: "o-customer-openid",
        template_id: "tmpl-confirmed",
        page: "pages/web/index?path=%2Fappointments%2Fappt_01",
        data: { thing1: { value: "预约成功" }, time2: { value: "2026年12月2日 13:00" }, thing3: { value: "您的上门服务已确认：明天 13:00。…" } },
        miniprogram_state: "formal",
        lang: "zh_CN",
      },
    ])
    expect([...wechat.state.sent[0].data.thing3.value]).toHaveLength(20)
  })

  it("sends an official account's message by bizsend, leading to our web page, without a mini program's fields", async () => {
    const official = new WechatSubscribeNotificationService({}, { appId: "wx-mini-app", appSecret: "mini-secret", kind: "official", templates, pageBase: "https://doorstep.example", apiBase: wechat.url })
    subscribe("o-official", "tmpl-confirmed")
    await official.send(notice("booking_confirmed", "o-official"))
    expect(wechat.state.messagePaths).toEqual(["/cgi-bin/message/subscribe/bizsend"])
    expect(wechat.state.sent[0]).toEqual({ touser: "o-official", template_id: "tmpl-confirmed", page: "https://doorstep.example/appointments/appt_01", data: expect.any(Object) })
  })

  it("fetches the access token once and keeps it until shortly before it expires", async () => {
    subscribe("o-a", "tmpl-confirmed", "tmpl-cancelled")
    await provider.send(notice("booking_confirmed", "o-a"))
    await provider.send(notice("cancelled", "o-a"))
    expect(wechat.state.tokenRequests).toBe(1)
    expect(wechat.state.sent[1].data.amount3).toEqual({ value: "49.00元" })

    // A token that lives five minutes is already too close to its end to use again.
    wechat.state.expiresIn = 300
    const shortLived = new WechatSubscribeNotificationService({}, { appId: "wx-mini-app", appSecret: "mini-secret", kind: "miniprogram", templates, apiBase: wechat.url })
    subscribe("o-b", "tmpl-confirmed", "tmpl-cancelled")
    await shortLived.send(notice("booking_confirmed", "o-b"))
    await shortLived.send(notice("cancelled", "o-b"))
    expect(wechat.state.tokenRequests).toBe(3)
  })

  it("fetches a new token when WeChat calls the kept one invalid (40001), and sends once", async () => {
    subscribe("o-c", "tmpl-confirmed", "tmpl-cancelled")
    await provider.send(notice("booking_confirmed", "o-c"))
    wechat.state.tokens.clear() // revoked on WeChat's side, e.g. by a forced refresh elsewhere
    await expect(provider.send(notice("cancelled", "o-c"))).resolves.toEqual({ id: "3520000002" })
    expect(wechat.state.tokenRequests).toBe(2)
    expect(wechat.state.sent.map((m) => m.template_id)).toEqual(["tmpl-confirmed", "tmpl-cancelled"])
  })

  it("gives up on a customer who did not subscribe (43101) for good: permanent", async () => {
    subscribe("o-d", "tmpl-confirmed")
    await provider.send(notice("booking_confirmed", "o-d"))
    const failure = await provider.send(notice("booking_confirmed", "o-d")).then(() => null, deliveryFailureOf)
    expect(failure).toEqual({ code: "WECHAT_NOT_SUBSCRIBED", permanent: true })
    expect(wechat.state.sent).toHaveLength(1)
  })

  it("tries again later when WeChat will not give a token (a wrong secret), and names the kind with no template at once", async () => {
    const wrong = new WechatSubscribeNotificationService({}, { appId: "wx-mini-app", appSecret: "not-it", kind: "miniprogram", templates, apiBase: wechat.url })
    await expect(wrong.send(notice("booking_confirmed")).then(() => null, deliveryFailureOf)).resolves.toEqual({ code: "WECHAT_UNAVAILABLE", permanent: false })
    await expect(provider.send(notice("refunded")).then(() => null, deliveryFailureOf)).resolves.toEqual({ code: "WECHAT_NO_TEMPLATE", permanent: true })
  })
})

describe("WeChat subscription messages from env", () => {
  const every = Object.fromEntries(WECHAT_KINDS.map((kind) => [kind, { id: `tmpl-${kind}`, data: { thing1: "title", time2: "time" } }]))
  const env = { WECHAT_MESSAGE_APP_ID: "wx1", WECHAT_MESSAGE_APP_SECRET: "s", WECHAT_MESSAGE_TEMPLATES: JSON.stringify(every) }

  it("is off without its variables, and names what half a configuration lacks", () => {
    expect(wechatMessagesFromEnv({})).toBeUndefined()
    expect(() => wechatMessagesFromEnv({ WECHAT_MESSAGE_APP_ID: "wx1" })).toThrow("WeChat subscription messages need WECHAT_MESSAGE_APP_SECRET, WECHAT_MESSAGE_TEMPLATES")
    const { review_request, refunded, ...some } = every
    expect(() => wechatMessagesFromEnv({ ...env, WECHAT_MESSAGE_TEMPLATES: JSON.stringify(some) })).toThrow("WECHAT_MESSAGE_TEMPLATES needs a template (id and data) for refunded, review_request")
    expect(() => wechatMessagesFromEnv({ ...env, WECHAT_MESSAGE_TEMPLATES: JSON.stringify({ ...every, refunded: { id: "t", data: { thing1: "address" } } }) })).toThrow("refunded fills fields from address")
  })

  it("takes WeChat's own host unless told otherwise, and only https in production", () => {
    expect(wechatMessagesFromEnv(env)).toMatchObject({ kind: "miniprogram", apiBase: "https://api.weixin.qq.com", templates: every })
    expect(() => wechatMessagesFromEnv({ ...env, NODE_ENV: "production", WECHAT_MESSAGE_API_BASE: "http://127.0.0.1:9312" })).toThrow("must be https")
  })
})
