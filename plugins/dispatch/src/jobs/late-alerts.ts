import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { raiseLateAlerts } from "../lib/late-alerts"
import { measuredJob } from "@doorstep/appointments/api/ops/metrics"

/** Every minute, in the worker: jobs running late are raised once, to the merchant's log and the beautician's phone. */
async function lateAlertsJob(container: MedusaContainer) {
  const raised = await raiseLateAlerts(container, new Date())
  if (raised.length) container.resolve(ContainerRegistrationKeys.LOGGER).warn(`${raised.length} job(s) running late`)
}

export const config = { name: "dispatch-late-alerts", schedule: "* * * * *" }

/** Counted and timed for /metrics (runs, duration, failures). */
export default measuredJob(config.name, lateAlertsJob)
