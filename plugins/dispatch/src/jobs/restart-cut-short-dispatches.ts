import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { measuredJob } from "@doorstep/appointments/api/ops/metrics"
import { restartCutShortDispatches } from "../lib/dispatch-runs"

/** In the worker: paid appointments whose dispatch run a crash cut short (or never started) get it started again. */
async function restartCutShortDispatchesJob(container: MedusaContainer) {
  const restarted = await restartCutShortDispatches(container, new Date())
  if (restarted.length) container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Restarted ${restarted.length} dispatch run(s) a crash cut short: ${restarted.join(", ")}`)
}

/**
 * Every minute unless `DOORSTEP_DISPATCH_SWEEP_SCHEDULE` (a cron expression;
 * six fields for seconds) says otherwise: a fault test restarts within seconds.
 */
export const config = { name: "restart-cut-short-dispatches", schedule: process.env.DOORSTEP_DISPATCH_SWEEP_SCHEDULE || "* * * * *" }

/** Counted and timed for /metrics (runs, duration, failures). */
export default measuredJob(config.name, restartCutShortDispatchesJob)
