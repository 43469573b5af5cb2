import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { readExam } from "../../../../../lib/content"
import { localeOf, trainingOf } from "../../../../training"
import type { LocaleQuery } from "../../../../validators"

/** GET /pro/training/exams/:documentId[?locale] — the exam's questions and options as the cms serves them to anyone: never the key. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const locale = await localeOf(req, validated<LocaleQuery>(req).locale)
  res.json({ locale, exam: await readExam(trainingOf(req).cms, req.params.documentId, locale) })
})
