import { model } from "@medusajs/framework/utils"

export const DELIVERY_STATUSES = ["pending", "sent", "failed"] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/**
 * One notice to one person on one channel: the outbox row the scheduler
 * sends, and for `in_app` the message itself, listed to its recipient.
 * `dedupe_key` (appointment, kind, ref, recipient, channel) is unique, so
 * however many schedulers plan it, it exists once; it is also the
 * idempotency key handed to Medusa's notification module.
 */
export const NotificationDelivery = model.define("notification_delivery", {
  id: model.id({ prefix: "ntfd" }).primaryKey(),
  dedupe_key: model.text(),
  appointment_id: model.text(),
  kind: model.text(),
  ref: model.text().default(""),
  recipient_type: model.enum(["customer", "beautician"]),
  recipient_id: model.text(),
  channel: model.enum(["in_app", "sms", "email", "wechat"]),
  /** Phone, email or openid; null in-app. */
  to: model.text().nullable(),
  locale: model.text(),
  title: model.text(),
  body: model.text(),
  /** What the message was written from (`TemplateParams` and the zone): SMS and WeChat templates are filled from these. */
  params: model.json().nullable(),
  /** Where the message leads in our apps. */
  url: model.text().nullable(),
  /** The start the notice speaks of: a later start than the last announced one is a move. */
  subject_starts_at: model.dateTime(),
  status: model.enum([...DELIVERY_STATUSES]).default("pending"),
  attempts: model.number().default(0),
  next_attempt_at: model.dateTime(),
  last_error: model.text().nullable(),
  sent_at: model.dateTime().nullable(),
  read_at: model.dateTime().nullable(),
})
