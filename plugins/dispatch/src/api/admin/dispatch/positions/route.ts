import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioScope } from "@doorstep/appointments/api/studio-of-route"
import { validated } from "@doorstep/appointments/api/validation"
import { beauticianPositions } from "../../../../lib/dispatch-board"
import type { PositionsQuery } from "../validators"

/** GET /admin/dispatch/positions — where the studio's beauticians are as their job status reports it, for the board's map. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = validated<PositionsQuery>(req)
  const studio = await studioScope(req, query.merchant_handle)
  const { count, positions } = await beauticianPositions(req.scope, { studio, now: new Date(), limit: query.limit, offset: query.offset })
  res.json({ merchant_handle: studio, count, limit: query.limit, offset: query.offset, positions })
})
