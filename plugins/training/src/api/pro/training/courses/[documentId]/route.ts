import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { readCourse } from "../../../../../lib/content"
import { localeOf, standing, trainingOf } from "../../../../training"
import type { LocaleQuery } from "../../../../validators"

/** GET /pro/training/courses/:documentId[?locale] — a published course with its lessons in order, and the beautician's standing with it. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const locale = await localeOf(req, validated<LocaleQuery>(req).locale)
  const [course, standingOf] = await Promise.all([readCourse(trainingOf(req).cms, req.params.documentId, locale), standing(req, new Date())])
  res.json({ locale, course: { ...course, ...standingOf(course) } })
})
