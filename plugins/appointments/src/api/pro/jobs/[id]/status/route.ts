import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { advanceJob, serializeJob } from "../../../../../lib/jobs"
import { handleDomainErrors } from "../../../../domain-error"
import { validated } from "../../../../validation"
import type { JobStepBody } from "../../validators"

/** POST /pro/jobs/:id/status — en route, arrived (with location), in service, completed (with the record) or no-show. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { job, timezone, now } = await advanceJob(req, validated<JobStepBody>(req))
  res.json({ job: serializeJob(job, timezone, now) })
})
