import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioOfRoute } from "@doorstep/appointments/api/studio-of-route"
import { validated } from "@doorstep/appointments/api/validation"
import { studioBeauticians } from "../../../../../lib/studio-beauticians"
import type { StudioBeauticiansQuery } from "../../validators"

/** GET /admin/merchants/:handle/beauticians — the studio's beauticians with skills, certifications, today's load and performance, a page at a time. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = validated<StudioBeauticiansQuery>(req)
  const studio = await studioOfRoute(req)
  const { count, beauticians } = await studioBeauticians(req.scope, { studio: studio.handle, status: query.status, days: query.days, limit: query.limit, offset: query.offset, now: new Date() })
  res.json({ count, limit: query.limit, offset: query.offset, beauticians })
})
