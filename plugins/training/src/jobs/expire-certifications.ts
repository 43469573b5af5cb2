import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runCertificationExpiry } from "../lib/run-expiry"
import { measuredJob } from "@doorstep/appointments/api/ops/metrics"

/** Every 15 minutes, in the worker: reminders before certifications lapse, and lapsed ones expire and take their skill away. */
async function expireCertificationsJob(container: MedusaContainer) {
  const tick = await runCertificationExpiry(container, new Date())
  if (tick && (tick.reminded || tick.expired)) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Training: ${tick.reminded} reminded, ${tick.expired} certification(s) expired`)
}

export const config = { name: "expire-certifications", schedule: "*/15 * * * *" }

/** Counted and timed for /metrics (runs, duration, failures). */
export default measuredJob(config.name, expireCertificationsJob)
