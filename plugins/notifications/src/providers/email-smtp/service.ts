import crypto from "node:crypto"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import type SMTPTransport from "nodemailer/lib/smtp-transport"
import { DeliveryError } from "../../lib/delivery-errors"
import type { SmtpOptions } from "../../lib/email-config"

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

const LINK_TEXT: Record<string, string> = { "zh-CN": "查看预约", en: "View the appointment" }

/**
 * A nodemailer failure in our words. The server's reply decides: a 5xx for
 * the recipient (550 no such mailbox, 553 bad address) will not change, a
 * 5xx for the message neither; 4xx replies, a refused login (our
 * credentials) and a server out of reach may pass, so they are tried again.
 */
function failureOf(error: { code?: string; responseCode?: number; message: string }): DeliveryError {
  const reply = error.responseCode ?? 0
  if (error.code === "EAUTH") return new DeliveryError("EMAIL_UNAVAILABLE", false, `SMTP login refused: ${error.message}`)
  if (error.code === "EENVELOPE" && reply >= 500) return new DeliveryError("EMAIL_INVALID_ADDRESS", true, `SMTP refused the recipient: ${error.message}`)
  if (reply >= 500) return new DeliveryError("EMAIL_REJECTED", true, `SMTP refused the message: ${error.message}`)
  return new DeliveryError("EMAIL_UNAVAILABLE", false, `SMTP did not take the message: ${error.message}`)
}

/**
 * Email notices through SMTP (nodemailer): the notice's subject and text
 * (the zh-CN or en template the outbox rendered for the reader), with an
 * HTML part and, where the storefront's address is known, a link to the
 * appointment. The Message-ID comes from the outbox's delivery key, so a
 * message that did go out before a failed tick is the same message to
 * servers and clients that look.
 */
export class SmtpEmailNotificationService extends AbstractNotificationProviderService {
  static override identifier = "email-smtp"
  private readonly transporter: Transporter<SMTPTransport.SentMessageInfo>
  private readonly options: SmtpOptions

  constructor(_container: unknown, options: SmtpOptions) {
    super()
    this.options = options
    const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }
    this.transporter = options.url
      ? nodemailer.createTransport({ url: options.url, ...timeouts } as SMTPTransport.Options)
      : nodemailer.createTransport({
          host: options.host,
          port: options.port,
          secure: options.secure,
          ignoreTLS: options.ignoreTLS,
          auth: options.user ? { user: options.user, pass: options.pass } : undefined,
          ...timeouts,
        })
  }

  static override validateOptions(options: Record<string, unknown>) {
    if (!options.from) throw new Error("email-smtp: option from is required")
    if (!options.url && !options.host) throw new Error("email-smtp: option url or host is required")
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const data = (notification.data ?? {}) as Record<string, any>
    const locale = data.locale === "en" ? "en" : "zh-CN"
    const text = notification.content?.text ?? String(data.body ?? "")
    const link = this.options.linkBase && data.url ? new URL(data.url, this.options.linkBase).toString() : null
    const key = (notification as { idempotency_key?: string }).idempotency_key
    const domain = /@([^>\s]+)>?$/.exec(this.options.from)?.[1] ?? "doorstep.local"
    try {
      const info = await this.transporter.sendMail({
        from: notification.from ?? this.options.from,
        to: notification.to,
        subject: notification.content?.subject ?? String(data.title ?? "Doorstep"),
        text: link ? `${text}\n\n${LINK_TEXT[locale]}: ${link}` : text,
        html:
          notification.content?.html ??
          `<!doctype html><html lang="${locale}"><body><h2>${escapeHtml(String(data.title ?? ""))}</h2><p>${escapeHtml(text)}</p>${
            link ? `<p><a href="${escapeHtml(link)}">${LINK_TEXT[locale]}</a></p>` : ""
          }</body></html>`,
        headers: { "Content-Language": locale },
        ...(key ? { messageId: `<${crypto.createHash("sha256").update(key).digest("hex").slice(0, 32)}@${domain}>` } : {}),
      })
      return { id: info.messageId }
    } catch (error) {
      throw failureOf(error as { code?: string; responseCode?: number; message: string })
    }
  }
}
