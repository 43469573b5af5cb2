import { NOTIFICATION_OUTBOX_MODULE, type NewDelivery, type NotificationOutboxModuleService } from "@doorstep/notifications/modules/notification-outbox"
import { routesFor } from "@doorstep/notifications/lib/channels"
import { render } from "@doorstep/notifications/lib/templates"
import type { MedusaContainer } from "@medusajs/framework/types"
import { TRAINING_MODULE, type CertificationRow, type Sql, type TrainingModuleService } from "../modules/training"
import { expiryText } from "./certification-dates"
import { listCourses, type Locale } from "./content"
import { revokeSkill } from "./skills"

const KIND = "certification_expiring" as const

/** Course titles by skill in the locale, for the notices; the handle itself when the cms does not answer. */
async function skillNames(container: MedusaContainer, locale: Locale): Promise<Map<string, string>> {
  const training = container.resolve<TrainingModuleService>(TRAINING_MODULE)
  const courses = await listCourses(training.cms, locale).catch(() => [])
  return new Map(courses.map((course) => [course.skill, course.title]))
}

/**
 * Reminders into the notifications outbox, one per certification and expiry
 * date (its key), so a renewed certification is reminded again. The outbox's
 * `appointment_id` column holds the certification's id: the notice's subject.
 * The notifications job sends them (in-app at once, SMS on its next tick).
 */
async function remind(container: MedusaContainer, sql: Sql, due: Array<CertificationRow & { timezone: string; phone: string }>, now: Date) {
  if (due.length === 0) return 0
  const outbox = container.resolve<NotificationOutboxModuleService>(NOTIFICATION_OUTBOX_MODULE)
  const preferences = await outbox.preferencesOf("beautician", [...new Set(due.map((c) => c.beautician_id))])
  const names: Record<Locale, Map<string, string> | undefined> = { "zh-CN": undefined, en: undefined }
  const deliveries: NewDelivery[] = []
  for (const certification of due) {
    const locale: Locale = preferences.get(certification.beautician_id)?.locale ?? "zh-CN"
    names[locale] ??= await skillNames(container, locale)
    const expires = new Date(certification.expires_at)
    const params = { when: expiryText(expires, certification.timezone, locale), skill: names[locale]!.get(certification.skill) ?? certification.skill }
    const message = render(KIND, "beautician", locale, params)
    const ref = expires.toISOString()
    for (const { channel, to } of routesFor(KIND, "beautician", { phone: certification.phone }, outbox.channels)) {
      deliveries.push({
        dedupe_key: `${certification.id}:${KIND}:${ref}:beautician:${certification.beautician_id}:${channel}`,
        appointment_id: certification.id,
        kind: KIND,
        ref,
        recipient_type: "beautician",
        recipient_id: certification.beautician_id,
        channel,
        to,
        locale,
        title: message.title,
        body: message.body,
        // What an SMS or WeChat template is filled from.
        params: { ...params, zone: certification.timezone },
        url: `/pro/training/courses/${certification.course_document_id}`,
        subject_starts_at: expires,
      })
    }
  }
  await outbox.addDeliveries(sql, deliveries, now)
  return due.length
}

/**
 * One scheduler tick, one instance at a time (the expiry advisory lock;
 * others resolve to `null`): beauticians whose certification lapses within
 * the reminder window are told once, and lapsed certifications become
 * `expired` and take away the skill they gave (not one their studio's
 * application gave), so availability and dispatch stop offering them for it.
 */
export async function runCertificationExpiry(container: MedusaContainer, now: Date) {
  const training = container.resolve<TrainingModuleService>(TRAINING_MODULE)
  return await training.withExpiryLock(async (sql) => {
    const due = await training.dueReminders(sql, now, training.reminderDays)
    const reminded = await remind(container, sql, due, now)
    await training.markReminded(sql, due.map((c) => c.id), now)
    const expired = await training.expireDue(sql, now)
    for (const certification of expired) {
      if (certification.skill_granted) await revokeSkill(sql, certification.beautician_id, certification.product_id)
    }
    return { reminded, expired: expired.length }
  })
}
