import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { DEFAULT_LOCALE } from "../lib/local-time"
import { NOTIFICATION_OUTBOX_MODULE, type NotificationOutboxModuleService, type Preferences } from "../modules/notification-outbox"
import type { RecipientType } from "../modules/notification-outbox/service"
import type { InboxQuery } from "./validators"

const outboxOf = (req: AuthenticatedMedusaRequest) => req.scope.resolve<NotificationOutboxModuleService>(NOTIFICATION_OUTBOX_MODULE)

/** The signed-in person's in-app notices, newest first, with the unread count: the same for customers (/store) and beauticians (/pro). */
export const listInbox = (type: RecipientType) => async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await outboxOf(req).inbox(type, req.auth_context.actor_id, validated<InboxQuery>(req).limit))
}

/** Marks one of their own notices read; anyone else's is 404, as if it did not exist. */
export const readNotice = (type: RecipientType) =>
  handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const notification = await outboxOf(req).markRead(type, req.auth_context.actor_id, req.params.id, new Date())
    if (!notification) throw new DomainError(404, "NOTIFICATION_NOT_FOUND", "没有这条通知 · No such notification")
    res.json({ notification })
  })

export async function preferencesOf(req: AuthenticatedMedusaRequest, type: RecipientType): Promise<Preferences> {
  return (await outboxOf(req).preferencesOf(type, [req.auth_context.actor_id])).get(req.auth_context.actor_id) ?? { locale: null, muted_kinds: [] }
}

export async function savePreferences(req: AuthenticatedMedusaRequest, type: RecipientType, change: Partial<Preferences>) {
  return await outboxOf(req).savePreferences(type, req.auth_context.actor_id, change)
}

/** Preferences as clients read them: the language notices come in (zh-CN unless chosen). */
export const shownLocale = (preferences: Preferences) => preferences.locale ?? DEFAULT_LOCALE
