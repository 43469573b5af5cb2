import type { AddressInfo } from "node:net"
import type { ProviderSendNotificationDTO } from "@medusajs/framework/types"
import { simpleParser, type ParsedMail } from "mailparser"
import { SMTPServer } from "smtp-server"
import { deliveryFailureOf } from "../../lib/delivery-errors"
import { smtpFromEnv } from "../../lib/email-config"
import { render } from "../../lib/templates"
import { SmtpEmailNotificationService } from "../email-smtp/service"

/** A loopback SMTP server: logs in one user, refuses `nobody@` for good (550) and `busy@` for now (451), keeps what it takes. */
async function smtpServer() {
  const received: Array<{ from: string; to: string[]; mail: ParsedMail }> = []
  const server = new SMTPServer({
    authMethods: ["PLAIN", "LOGIN"],
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "doorstep" && auth.password === "smtp-secret") return callback(null, { user: "doorstep" })
      callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }))
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("nobody@")) return callback(Object.assign(new Error("No such user here"), { responseCode: 550 }))
      if (address.address.startsWith("busy@")) return callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }))
      callback()
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), mail })
        callback()
      }, callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const port = (server.server.address() as AddressInfo).port
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

const when = { "zh-CN": "明天 13:00", en: "tomorrow at 13:00" } as const
function notice(locale: "zh-CN" | "en", to = "mei@example.com", key = `appt_01|booking_confirmed||customer|cus_01|email|${locale}`) {
  const message = render("booking_confirmed", "customer", locale, { when: when[locale] })
  return {
    to,
    channel: "email",
    template: "doorstep.booking_confirmed",
    idempotency_key: key,
    content: { subject: `Doorstep · ${message.title}`, text: message.body },
    data: { title: message.title, body: message.body, url: "/appointments/appt_01", locale },
  } as unknown as ProviderSendNotificationDTO
}

describe("email through SMTP (nodemailer)", () => {
  let smtp: Awaited<ReturnType<typeof smtpServer>>
  let provider: SmtpEmailNotificationService
  const options = (pass: string) => ({ host: "127.0.0.1", port: smtp.port, secure: false, ignoreTLS: true, user: "doorstep", pass, from: "Doorstep <noreply@doorstep.example>", linkBase: "https://doorstep.example" })
  beforeAll(async () => {
    smtp = await smtpServer()
    provider = new SmtpEmailNotificationService({}, options("smtp-secret"))
  })
  afterAll(() => smtp.close())
  beforeEach(() => (smtp.received.length = 0))

  it("sends the reader's template, in Chinese or English, from our address, with a link to the appointment", async () => {
    await provider.send(notice("zh-CN"))
    await provider.send(notice("en"))
    const [zh, en] = smtp.received
    expect(zh.from).toBe("noreply@doorstep.example")
    expect(zh.to).toEqual(["mei@example.com"])
    expect(zh.mail.subject).toBe("Doorstep · 预约成功")
    expect(zh.mail.text).toContain("您的上门服务已确认：明天 13:00。我们正在为您安排美容师。")
    expect(zh.mail.text).toContain("查看预约: https://doorstep.example/appointments/appt_01")
    expect(zh.mail.html).toContain('<a href="https://doorstep.example/appointments/appt_01">查看预约</a>')
    expect(zh.mail.headers.get("content-language")).toBe("zh-CN")
    expect(en.mail.subject).toBe("Doorstep · Booking confirmed")
    expect(en.mail.text).toContain("Your at-home appointment is confirmed for tomorrow at 13:00.")
    expect(en.mail.headers.get("content-language")).toBe("en")
  })

  it("gives one delivery one Message-ID however often it is sent, and another delivery another", async () => {
    await provider.send(notice("zh-CN"))
    await provider.send(notice("zh-CN"))
    await provider.send(notice("zh-CN", "mei@example.com", "appt_02|booking_confirmed||customer|cus_01|email|zh-CN"))
    const ids = smtp.received.map((r) => r.mail.messageId)
    expect(ids[0]).toMatch(/^<[0-9a-f]{32}@doorstep\.example>$/)
    expect(ids[1]).toBe(ids[0])
    expect(ids[2]).not.toBe(ids[0])
  })

  it("gives up on an address the server refuses for good, and tries again later on a busy one, a refused login or no server", async () => {
    const failure = (send: Promise<unknown>) => send.then(() => null, deliveryFailureOf)
    await expect(failure(provider.send(notice("zh-CN", "nobody@example.com")))).resolves.toEqual({ code: "EMAIL_INVALID_ADDRESS", permanent: true })
    await expect(failure(provider.send(notice("zh-CN", "busy@example.com")))).resolves.toEqual({ code: "EMAIL_UNAVAILABLE", permanent: false })
    await expect(failure(new SmtpEmailNotificationService({}, options("wrong")).send(notice("zh-CN")))).resolves.toEqual({ code: "EMAIL_UNAVAILABLE", permanent: false })
    const closed = { ...options("smtp-secret"), port: 1 }
    await expect(failure(new SmtpEmailNotificationService({}, closed).send(notice("zh-CN")))).resolves.toEqual({ code: "EMAIL_UNAVAILABLE", permanent: false })
    expect(smtp.received).toHaveLength(0)
  })
})

describe("SMTP from env", () => {
  it("is off without its variables and names what half a configuration lacks", () => {
    expect(smtpFromEnv({})).toBeUndefined()
    expect(() => smtpFromEnv({ SMTP_HOST: "smtp.example.com" })).toThrow("Email by SMTP needs EMAIL_FROM")
    expect(() => smtpFromEnv({ EMAIL_FROM: "a@b.c", SMTP_USER: "u" })).toThrow("Email by SMTP needs SMTP_URL (or SMTP_HOST), SMTP_PASS")
    expect(() => smtpFromEnv({ SMTP_HOST: "h", EMAIL_FROM: "a@b.c", SMTP_PORT: "smtp" })).toThrow('SMTP_PORT must be a port number (not "smtp")')
  })

  it("takes a URL, or a host whose port 465 means TLS from the start", () => {
    expect(smtpFromEnv({ SMTP_URL: "smtps://u:p@smtp.example.com", EMAIL_FROM: "a@b.c" })).toEqual({ url: "smtps://u:p@smtp.example.com", from: "a@b.c" })
    expect(smtpFromEnv({ SMTP_HOST: "smtp.example.com", SMTP_PORT: "465", SMTP_USER: "u", SMTP_PASS: "p", EMAIL_FROM: "a@b.c" })).toEqual({ host: "smtp.example.com", port: 465, secure: true, user: "u", pass: "p", from: "a@b.c" })
  })
})
