import { DeliveryError } from "../delivery-errors"
import { retryAtAfter, SEND_RULES, templateVariables } from "../send-deliveries"

const now = new Date("2026-12-01T08:00:00Z")
/** What reaches the outbox: Medusa's notification module keeps only the provider error's message, inside its own. */
const asMedusaReports = (error: Error) => new Error(`Failed to send notification with id noti_01:\n${error.message}`)

describe("what the outbox does after a failed send", () => {
  it("tries a transient failure, or an untagged one, again after 2, 4, 8, 16 minutes, then gives up", () => {
    const busy = asMedusaReports(new DeliveryError("EMAIL_UNAVAILABLE", false, "451 mailbox busy"))
    expect([1, 2, 3, 4].map((attempt) => retryAtAfter(busy, attempt, now)?.toISOString())).toEqual([
      "2026-12-01T08:02:00.000Z",
      "2026-12-01T08:04:00.000Z",
      "2026-12-01T08:08:00.000Z",
      "2026-12-01T08:16:00.000Z",
    ])
    expect(retryAtAfter(busy, SEND_RULES.maxAttempts, now)).toBeNull()
    expect(retryAtAfter(new Error("socket hang up"), 1, now)?.toISOString()).toBe("2026-12-01T08:02:00.000Z")
  })

  it("gives up at once on a permanent failure (a customer who refused WeChat messages, a number that does not exist)", () => {
    expect(retryAtAfter(asMedusaReports(new DeliveryError("WECHAT_NOT_SUBSCRIBED", true, "WeChat answered 43101")), 1, now)).toBeNull()
    expect(retryAtAfter(asMedusaReports(new Error("[SMS_INVALID_NUMBER permanent] Aliyun SendSms answered isv.MOBILE_NUMBER_ILLEGAL")), 1, now)).toBeNull()
  })
})

describe("template variables for SMS and WeChat", () => {
  it("name what the notice was written from, with amounts always present", () => {
    expect(templateVariables({ when: "明天 13:00", beauticianName: "王静", district: "静安区", phoneTail: "5678", refund: "49.00", fee: null, zone: "Asia/Shanghai" })).toEqual({
      time: "明天 13:00",
      when: "明天 13:00",
      name: "王静",
      district: "静安区",
      phone_tail: "5678",
      refund: "49.00",
      fee: "0.00",
      skill: "",
      zone: "Asia/Shanghai",
    })
    expect(templateVariables(null)).toEqual({})
  })
})
