import type { MedusaContainer } from "@medusajs/framework/types"
import { NOTIFICATION_OUTBOX_MODULE, type NotificationOutboxModuleService } from "../modules/notification-outbox"
import { planDeliveries } from "./plan-deliveries"
import { sendDueDeliveries } from "./send-deliveries"

/**
 * One scheduler tick: plans the notices appointments call for into the
 * outbox, then sends what is due. One instance at a time (the outbox's
 * transaction-scoped advisory lock): the others resolve to `null` and do
 * nothing. Beneath the lock, the outbox's unique key and Medusa's
 * idempotency key each keep a notice from going out twice.
 */
export async function runNotifications(container: MedusaContainer, now: Date) {
  const outbox = container.resolve<NotificationOutboxModuleService>(NOTIFICATION_OUTBOX_MODULE)
  return await outbox.withOutboxLock(async (sql) => {
    const planned = await planDeliveries(container, sql, now)
    const { sent, failed } = await sendDueDeliveries(container, sql, now)
    return { planned, sent, failed }
  })
}
