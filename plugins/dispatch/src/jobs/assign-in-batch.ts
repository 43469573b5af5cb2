import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assignInBatch } from "../lib/dispatch"
import { measuredJob } from "@doorstep/appointments/api/ops/metrics"

/** Every five minutes, in the worker: paid appointments nobody has taken are matched to beauticians at the least total cost, and offered. */
async function assignInBatchJob(container: MedusaContainer) {
  const offered = await assignInBatch(container, new Date())
  if (offered?.length) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Batched assignment offered ${offered.length} job(s)`)
}

export const config = { name: "dispatch-batched-assignment", schedule: "*/5 * * * *" }

/** Counted and timed for /metrics (runs, duration, failures). */
export default measuredJob(config.name, assignInBatchJob)
