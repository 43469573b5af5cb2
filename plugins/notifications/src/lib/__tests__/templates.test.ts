import { routesFor } from "../channels"
import { localStart } from "../local-time"
import { NOTIFICATION_KINDS, render, smsText, type TemplateParams } from "../templates"

const start = new Date("2026-12-03T05:00:00Z") // 13:00 in Shanghai
const now = new Date("2026-12-02T05:00:00Z")
const params = (locale: "zh-CN" | "en"): TemplateParams => ({
  when: localStart(start, "Asia/Shanghai", locale, now),
  beauticianName: "王静",
  district: "浦东新区",
  phoneTail: "8000",
  refund: "109.00",
  fee: "109.00",
})

describe("customer templates", () => {
  // Each kind, in each language: the title and what the body must say.
  it.each([
    ["booking_confirmed", "zh-CN", "预约成功", ["明天 13:00"]],
    ["booking_confirmed", "en", "Booking confirmed", ["tomorrow at 13:00"]],
    ["beautician_assigned", "zh-CN", "美容师已接单", ["王静", "明天 13:00"]],
    ["beautician_assigned", "en", "Your beautician is set", ["王静 will come to you tomorrow at 13:00"]],
    ["beautician_en_route", "zh-CN", "美容师已出发", ["王静已出发"]],
    ["beautician_en_route", "en", "Your beautician is on the way", ["王静 is on the way"]],
    ["reminder_24h", "zh-CN", "预约提醒", ["明天 13:00", "王静"]],
    ["reminder_24h", "en", "Appointment reminder", ["tomorrow at 13:00 with 王静"]],
    ["reminder_2h", "zh-CN", "服务即将开始", ["明天 13:00"]],
    ["reminder_2h", "en", "Starting soon", ["starts tomorrow at 13:00"]],
    ["rescheduled", "zh-CN", "预约已改期", ["已改到明天 13:00"]],
    ["rescheduled", "en", "Appointment moved", ["now tomorrow at 13:00"]],
    ["cancelled", "zh-CN", "预约已取消", ["明天 13:00", "收取 ¥109.00", "¥109.00 将原路退回"]],
    ["cancelled", "en", "Appointment cancelled", ["tomorrow at 13:00", "fee of ¥109.00", "¥109.00 will be refunded"]],
    ["refunded", "zh-CN", "退款已退回", ["¥109.00"]],
    ["refunded", "en", "Refund issued", ["¥109.00 has been refunded"]],
    ["review_request", "zh-CN", "服务已完成，请评价", ["王静"]],
    ["review_request", "en", "How was it?", ["rate 王静's service"]],
  ] as const)("%s in %s", (kind, locale, title, says) => {
    const message = render(kind, "customer", locale, params(locale))
    expect(message.title).toBe(title)
    for (const text of says) expect(message.body).toContain(text)
  })

  it("has every kind in both languages", () => {
    for (const kind of NOTIFICATION_KINDS) {
      const zh = render(kind, "customer", "zh-CN", params("zh-CN"))
      const en = render(kind, "customer", "en", params("en"))
      expect(zh.body).toMatch(/[\u4e00-\u9fff]/)
      expect(en.body.replaceAll("王静", "")).not.toMatch(/[\u4e00-\u9fff]/) // Chinese only in the name
      expect(zh.title).not.toBe(en.title)
    }
  })

  it("leaves out a fee or refund there is none of, and names nobody not yet assigned", () => {
    expect(render("cancelled", "customer", "zh-CN", { when: "明天 13:00" }).body).toBe("您明天 13:00的预约已取消。")
    expect(render("cancelled", "customer", "en", { when: "tomorrow at 13:00" }).body).toBe("Your appointment tomorrow at 13:00 is cancelled.")
    expect(render("reminder_24h", "customer", "en", { when: "tomorrow at 13:00", beauticianName: null }).body).not.toContain("with")
  })
})

describe("beautician templates", () => {
  it.each([
    ["beautician_assigned", "zh-CN", "新订单：明天 13:00（浦东新区），顾客电话尾号 8000。"],
    ["beautician_assigned", "en", "New job tomorrow at 13:00 in 浦东新区; the customer's phone ends in 8000."],
    ["reminder_2h", "zh-CN", "明天 13:00（浦东新区）的订单即将开始，请按时出发。"],
    ["reminder_2h", "en", "Your job in 浦东新区 starts tomorrow at 13:00; please leave in time."],
    ["rescheduled", "zh-CN", "您的订单（浦东新区）已改到明天 13:00。"],
    ["rescheduled", "en", "Your job in 浦东新区 is now tomorrow at 13:00."],
    ["cancelled", "zh-CN", "明天 13:00（浦东新区）的订单已取消，无需上门。"],
    ["cancelled", "en", "Your job tomorrow at 13:00 in 浦东新区 is cancelled; no need to go."],
  ] as const)("%s in %s shows the district and the phone's last four digits only", (kind, locale, body) => {
    expect(render(kind, "beautician", locale, params(locale)).body).toBe(body)
  })

  it.each([
    ["zh-CN", "认证即将到期", "您的「补水面部护理」认证将于2027年12月1日到期"],
    ["en", "Certification expiring", `Your "Hydrating Facial" certification expires on 1 Dec 2027;`],
  ] as const)("certification_expiring in %s names the skill and the day it expires", (locale, title, says) => {
    const message = render("certification_expiring", "beautician", locale, { when: locale === "en" ? "on 1 Dec 2027" : "2027年12月1日", skill: locale === "en" ? "Hydrating Facial" : "补水面部护理" })
    expect(message.title).toBe(title)
    expect(message.body).toContain(says)
    expect(routesFor("certification_expiring", "beautician", { phone: "+8613900000000" }).map((r) => r.channel)).toEqual(["in_app", "sms"])
  })

  it("tells beauticians nothing about the customer's money or reviews", () => {
    for (const kind of ["booking_confirmed", "refunded", "review_request", "beautician_en_route", "reminder_24h"] as const) {
      expect(() => render(kind, "beautician", "zh-CN", params("zh-CN"))).toThrow(/No beautician template/)
      expect(routesFor(kind, "beautician", { phone: "+8613900000000" })).toEqual([])
    }
  })
})

describe("channels", () => {
  it("signs an SMS in both languages", () => {
    expect(smsText({ title: "预约成功", body: "您的上门服务已确认。" }, "zh-CN")).toBe("【Doorstep】预约成功：您的上门服务已确认。")
    expect(smsText({ title: "Booking confirmed", body: "Confirmed." }, "en")).toBe("【Doorstep】Booking confirmed: Confirmed.")
  })

  it("reaches each person only where they can be reached, never a phone-only account's placeholder address", () => {
    expect(routesFor("booking_confirmed", "customer", { phone: "+8613800138000", email: "8613800138000@phone.doorstep.invalid" })).toEqual([
      { channel: "in_app", to: null },
      { channel: "sms", to: "+8613800138000" },
    ])
    expect(routesFor("booking_confirmed", "customer", { email: "lin@example.cn", wechat_openid: "o6_bmjrPTlm6_2sgVt7hMZOPfL2M" }).map((r) => r.channel)).toEqual(["in_app", "email", "wechat"])
    expect(routesFor("reminder_24h", "customer", { phone: "+8613800138000", email: "lin@example.cn" }).map((r) => r.channel)).toEqual(["in_app", "email"])
    expect(routesFor("beautician_assigned", "beautician", { phone: "+8613900000000" }).map((r) => r.channel)).toEqual(["in_app", "sms"])
  })

  it("uses only the channels a provider is configured for (in-app always)", () => {
    const everywhere = { phone: "+8613800138000", email: "lin@example.cn", wechat_openid: "o6_bmjrPTlm6_2sgVt7hMZOPfL2M" }
    expect(routesFor("booking_confirmed", "customer", everywhere, new Set(["in_app"]))).toEqual([{ channel: "in_app", to: null }])
    expect(routesFor("booking_confirmed", "customer", everywhere, new Set(["in_app", "email"])).map((r) => r.channel)).toEqual(["in_app", "email"])
  })
})
