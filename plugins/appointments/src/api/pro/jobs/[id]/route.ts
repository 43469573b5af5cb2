import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownJob, serializeJob } from "../../../../lib/jobs"
import { handleDomainErrors } from "../../../domain-error"

/** GET /pro/jobs/:id — one of the beautician's own jobs, with the way there. */
export const GET = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { job, appointments } = await ownJob(req)
  res.json({ job: serializeJob(job, appointments.bookingSettings().timezone) })
})
