import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { listCourses } from "../../../../lib/content"
import { localeOf, standing, trainingOf } from "../../../training"
import type { LocaleQuery } from "../../../validators"

/** GET /pro/training/courses[?locale] — the published courses, each with the beautician's certification and cooldown for it. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const locale = await localeOf(req, validated<LocaleQuery>(req).locale)
  const [courses, standingOf] = await Promise.all([listCourses(trainingOf(req).cms, locale), standing(req, new Date())])
  res.json({ locale, courses: courses.map((course) => ({ ...course, ...standingOf(course) })) })
})
