import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import type { IProductModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TRAINING_MODULE, type TrainingModuleService } from "../modules/training"
import { expiresAt, retryAt } from "./certification-dates"
import { readExam, readGradingKey, type Locale } from "./content"
import { AnswerError, checkAnswers, grade, type Answers } from "./grading"
import { grantSkill } from "./skills"
import { pushCourseFigures } from "./trainer-figures"

const serializeAttempt = (a: { id: string; exam_document_id: string; course_document_id: string; skill: string; locale: string; score: number; passed: boolean; retry_at: Date | null; created_at: Date }) => ({
  id: a.id,
  exam_document_id: a.exam_document_id,
  course_document_id: a.course_document_id,
  skill: a.skill,
  locale: a.locale,
  score: a.score,
  passed: a.passed,
  retry_at: a.retry_at ? new Date(a.retry_at).toISOString() : null,
  created_at: new Date(a.created_at).toISOString(),
})
export { serializeAttempt }

/**
 * A beautician's answers to an exam: checked against the exam as the cms
 * shows it, graded with the key fetched server-side, recorded, and on a pass
 * the certification made or renewed and its skill given — one transaction
 * under the (beautician, exam) lock. A failed attempt starts the exam's
 * cooldown; an attempt during one is 409 `EXAM_COOLDOWN` with `retry_at`, and
 * nothing is written. Nothing is written either for answers that do not fit
 * the exam (400), an unknown exam (404) or a cms that does not answer (503).
 */
export async function submitAttempt(container: MedusaContainer, beauticianId: string, examDocumentId: string, locale: Locale, answers: Answers, now: Date) {
  const training = container.resolve<TrainingModuleService>(TRAINING_MODULE)
  const [beautician] = await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).listBeauticians({ id: beauticianId }, { select: ["id", "timezone"] })
  if (!beautician) throw new DomainError(404, "BEAUTICIAN_NOT_FOUND", "没有这位美容师 · No such beautician")
  const [exam, key] = await Promise.all([readExam(training.cms, examDocumentId, locale), readGradingKey(training.cms, examDocumentId, locale)])
  try {
    checkAnswers(exam.questions, answers)
  } catch (error) {
    if (error instanceof AnswerError) throw new DomainError(400, error.code, error.message, error.field)
    throw error
  }
  const [product] = await container.resolve<IProductModuleService>(Modules.PRODUCT).listProducts({ handle: key.course.skill }, { select: ["id"] })
  if (!product) throw new DomainError(409, "SKILL_NOT_A_SERVICE", `课程认证的技能 ${key.course.skill} 不是平台的服务 · The course certifies ${key.course.skill}, which is no service of ours`)
  const result = grade(key, exam.questions, answers)

  const outcome = await training.withAttemptLock(beauticianId, examDocumentId, async (trx) => {
    const latest = (await training.latestAttempts(beauticianId, trx)).get(examDocumentId)
    if (latest && !latest.passed && latest.retry_at && new Date(latest.retry_at) > now) {
      const retry = new Date(latest.retry_at).toISOString()
      throw new DomainError(409, "EXAM_COOLDOWN", `上次未通过，请于 ${retry} 之后再考 · You can take this exam again after ${retry}`, undefined, { retry_at: retry })
    }
    const attempt = await training.addAttempt(
      trx,
      {
        beautician_id: beauticianId,
        exam_document_id: examDocumentId,
        course_document_id: key.course.documentId,
        skill: key.course.skill,
        locale,
        answers,
        score: result.score,
        passed: result.passed,
        retry_at: result.passed ? null : retryAt(now, key.cooldown_hours),
      },
      now,
    )
    if (!result.passed) return { attempt, certification: null }
    const grantedNow = await grantSkill(trx, beauticianId, product.id)
    const certification = await training.certify(
      trx,
      {
        beautician_id: beauticianId,
        skill: key.course.skill,
        product_id: product.id,
        course_document_id: key.course.documentId,
        exam_document_id: examDocumentId,
        score: result.score,
        passed_at: now,
        expires_at: expiresAt(now, key.validity_months, beautician.timezone ?? "Asia/Shanghai"),
      },
      grantedNow,
      now,
    )
    return { attempt, certification }
  })

  // Trainers' figures follow each attempt; the cms being away then loses nothing (the next attempt sends the whole count).
  await pushCourseFigures(container, key.course.documentId).catch((error: Error) =>
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Training: the course figures of ${key.course.documentId} did not reach the cms: ${error.message}`),
  )
  return outcome
}
