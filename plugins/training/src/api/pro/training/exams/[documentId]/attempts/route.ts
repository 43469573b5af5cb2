import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { serializeAttempt, submitAttempt } from "../../../../../../lib/submit-attempt"
import { localeOf, serializeCertification, trainingOf } from "../../../../../training"
import type { AttemptBody } from "../../../../../validators"

/** GET /pro/training/exams/:documentId/attempts — the beautician's own attempts at the exam, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ attempts: (await trainingOf(req).attemptsOf(req.auth_context.actor_id, req.params.documentId)).map(serializeAttempt) })
}

/**
 * POST /pro/training/exams/:documentId/attempts `{ answers: { q1: ["b"], ... }[, locale] }` — graded in commerce:
 * 201 `{ attempt: { score, passed, retry_at, ... }, certification }` (`certification` on a pass).
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<AttemptBody>(req)
  const locale = await localeOf(req, body.locale)
  const { attempt, certification } = await submitAttempt(req.scope, req.auth_context.actor_id, req.params.documentId, locale, body.answers, new Date())
  res.status(201).json({ attempt: serializeAttempt(attempt), certification: certification ? serializeCertification(certification) : null })
})
