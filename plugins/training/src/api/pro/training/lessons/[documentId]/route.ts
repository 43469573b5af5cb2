import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { readLesson } from "../../../../../lib/content"
import { localeOf, trainingOf } from "../../../../training"
import type { LocaleQuery } from "../../../../validators"

/** GET /pro/training/lessons/:documentId[?locale] — a published lesson: its text (Strapi blocks), video and attachments. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const locale = await localeOf(req, validated<LocaleQuery>(req).locale)
  res.json({ locale, lesson: await readLesson(trainingOf(req).cms, req.params.documentId, locale) })
})
