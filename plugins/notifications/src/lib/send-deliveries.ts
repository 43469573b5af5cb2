import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { NOTIFICATION_OUTBOX_MODULE, type NotificationOutboxModuleService } from "../modules/notification-outbox"
import type { DeliveryRow, Sql } from "../modules/notification-outbox/service"
import { deliveryFailureOf } from "./delivery-errors"
import { isLocale } from "./local-time"
import { smsText, type TemplateParams } from "./templates"

const MINUTE = 60_000

export const SEND_RULES = {
  /** Deliveries claimed at a time; a tick claims batches until none is due or `budgetMs` has passed (the rest wait for the next tick). */
  batch: 50,
  budgetMs: 40_000,
  /** Tries before a delivery is given up; the waits between them double from 2 minutes. */
  maxAttempts: 5,
} as const

/** The wait after the `attempt`-th failed try (1-based): 2, 4, 8, 16 minutes. */
export const retryDelayMinutes = (attempt: number) => 2 ** attempt

/**
 * When a failed try is tried again: never after `maxAttempts`, nor when the
 * channel says trying again cannot help (a customer who refused WeChat
 * messages, a number or address that does not exist, a template the vendor
 * refuses); otherwise after the back-off.
 */
export function retryAtAfter(error: unknown, attempt: number, now: Date): Date | null {
  if (attempt >= SEND_RULES.maxAttempts || deliveryFailureOf(error)?.permanent) return null
  return new Date(now.getTime() + retryDelayMinutes(attempt) * MINUTE)
}

/**
 * The variables SMS and WeChat templates take, from what the notice was
 * written from: `time` and `when` as the reader says the start, `name`
 * (the beautician), `district`, `phone_tail`, `refund` and `fee` in yuan
 * ("0.00" when none), `skill`, and the appointment's `zone`.
 */
export function templateVariables(params: (TemplateParams & { zone?: string }) | null | undefined): Record<string, string> {
  if (!params) return {}
  return {
    time: params.when,
    when: params.when,
    name: params.beauticianName ?? "",
    district: params.district ?? "",
    phone_tail: params.phoneTail ?? "",
    refund: params.refund ?? "0.00",
    fee: params.fee ?? "0.00",
    skill: params.skill ?? "",
    zone: params.zone ?? "Asia/Shanghai",
  }
}

/**
 * Sends the outbox's due deliveries through Medusa's notification module
 * (SMS, email, WeChat providers by channel), inside the outbox lock's
 * transaction. Each goes with its outbox key as Medusa's idempotency key, so
 * even a tick that fails after sending and rolls back does not send it again.
 * A failure is tried again later, up to `maxAttempts`, unless the channel
 * calls it permanent: then it is given up at once, its reason kept.
 */
export async function sendDueDeliveries(container: MedusaContainer, sql: Sql, now: Date) {
  const outbox = container.resolve<NotificationOutboxModuleService>(NOTIFICATION_OUTBOX_MODULE)
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = { sent: 0, failed: 0 }
  const startedAt = Date.now()
  for (;;) {
    const due = await outbox.claimDue(sql, now, SEND_RULES.batch)
    for (const delivery of due) await send(delivery)
    if (due.length < SEND_RULES.batch || Date.now() - startedAt > SEND_RULES.budgetMs) return result
  }

  async function send(delivery: DeliveryRow) {
    const message = { title: delivery.title, body: delivery.body }
    try {
      await notifications.createNotifications({
        to: delivery.to!,
        channel: delivery.channel,
        template: `doorstep.${delivery.kind}`,
        receiver_id: delivery.recipient_id,
        resource_id: delivery.appointment_id,
        resource_type: "appointment",
        idempotency_key: delivery.dedupe_key,
        content: { subject: `Doorstep · ${delivery.title}`, text: delivery.channel === "sms" ? smsText(message, isLocale(delivery.locale) ? delivery.locale : "zh-CN") : delivery.body },
        data: {
          title: delivery.title,
          body: delivery.body,
          url: delivery.url,
          appointment_id: delivery.appointment_id,
          starts_at: new Date(delivery.subject_starts_at).toISOString(),
          locale: delivery.locale,
          audience: delivery.recipient_type,
          params: templateVariables(delivery.params),
        },
      })
      await outbox.markSent(sql, delivery.id, now)
      result.sent++
    } catch (error) {
      const attempt = delivery.attempts + 1
      const retryAt = retryAtAfter(error, attempt, now)
      await outbox.markFailed(sql, delivery.id, (error as Error).message, retryAt, now)
      logger.warn(`Notification ${delivery.id} (${delivery.channel}, ${delivery.kind}) failed${retryAt ? `; trying again at ${retryAt.toISOString()}` : ", given up"}: ${(error as Error).message}`)
      result.failed++
    }
  }
}
