import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import { measuredJob } from "../api/ops/metrics"

/**
 * Every minute, in the worker: holds nobody paid for in time give their slot back.
 * Reads already ignore lapsed holds; this makes their status say so.
 */
async function expireHolds(container: MedusaContainer) {
  const expired = await container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE).expireLapsedHolds(new Date())
  if (expired) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Expired ${expired} appointment hold(s)`)
}

export const config = { name: "expire-appointment-holds", schedule: "* * * * *" }

/** Counted and timed for /metrics (runs, duration, failures). */
export default measuredJob(config.name, expireHolds)
