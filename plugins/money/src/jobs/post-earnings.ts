import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { postEarnings } from "../lib/earnings"
import { measuredJob } from "@doorstep/appointments/api/ops/metrics"

/** Every minute, in the worker: appointments that ended with money kept are booked to the ledger, once each. */
async function postEarningsJob(container: MedusaContainer) {
  const posted = await postEarnings(container, new Date())
  if (posted) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Booked ${posted} ledger entries`)
}

export const config = { name: "post-earnings", schedule: "* * * * *" }

/** Counted and timed for /metrics (runs, duration, failures). */
export default measuredJob(config.name, postEarningsJob)
