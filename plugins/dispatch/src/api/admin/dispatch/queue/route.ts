import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { studioScope } from "@doorstep/appointments/api/studio-of-route"
import { validated } from "@doorstep/appointments/api/validation"
import { dispatchQueue } from "../../../../lib/dispatch-board"
import type { DispatchQueueQuery } from "../validators"

/** GET /admin/dispatch/queue — the studio's unassigned and at-risk jobs, soonest first, with reasons, live offer and candidates (the platform: every studio's, or one's). */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = validated<DispatchQueueQuery>(req)
  const studio = await studioScope(req, query.merchant_handle)
  const { count, items } = await dispatchQueue(req.scope, { studio, now: new Date(), expiringMinutes: query.expiring_within_minutes, candidates: query.candidates, limit: query.limit, offset: query.offset })
  res.json({ merchant_handle: studio, count, limit: query.limit, offset: query.offset, queue: items })
})
