import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { NOTIFICATION_OUTBOX_MODULE, type NotificationOutboxModuleService } from "@doorstep/notifications/modules/notification-outbox"
import { TRAINING_MODULE, type CertificationRow, type TrainingModuleService } from "../modules/training"
import type { Locale } from "../lib/content"

export const trainingOf = (req: AuthenticatedMedusaRequest) => req.scope.resolve<TrainingModuleService>(TRAINING_MODULE)

/** The language asked for, else the one the beautician reads notices in, else zh-CN. */
export async function localeOf(req: AuthenticatedMedusaRequest, asked: Locale | undefined): Promise<Locale> {
  if (asked) return asked
  const preferences = await req.scope.resolve<NotificationOutboxModuleService>(NOTIFICATION_OUTBOX_MODULE).preferencesOf("beautician", [req.auth_context.actor_id])
  return preferences.get(req.auth_context.actor_id)?.locale ?? "zh-CN"
}

export const serializeCertification = (c: CertificationRow) => ({
  id: c.id,
  skill: c.skill,
  product_id: c.product_id,
  course_document_id: c.course_document_id,
  exam_document_id: c.exam_document_id,
  score: c.score,
  passed_at: new Date(c.passed_at).toISOString(),
  expires_at: new Date(c.expires_at).toISOString(),
  status: c.status,
  reminded_at: c.reminded_at ? new Date(c.reminded_at).toISOString() : null,
})

/** Where the beautician stands with a course: their certification for its skill, and until when a failed attempt holds them back. */
export async function standing(req: AuthenticatedMedusaRequest, now: Date) {
  const training = trainingOf(req)
  const [certifications, latest] = await Promise.all([training.certificationsOf(req.auth_context.actor_id), training.latestAttempts(req.auth_context.actor_id)])
  const bySkill = new Map(certifications.map((c) => [c.skill, c]))
  return (course: { skill: string; exam: { documentId: string } | null }) => {
    const attempt = course.exam ? latest.get(course.exam.documentId) : undefined
    const retryAt = attempt && !attempt.passed && attempt.retry_at && new Date(attempt.retry_at) > now ? new Date(attempt.retry_at).toISOString() : null
    const certification = bySkill.get(course.skill)
    return { certification: certification ? serializeCertification(certification) : null, retry_at: retryAt, last_score: attempt?.score ?? null }
  }
}
