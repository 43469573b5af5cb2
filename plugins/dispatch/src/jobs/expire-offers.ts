import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireOffers } from "../lib/dispatch"
import { measuredJob } from "@doorstep/appointments/api/ops/metrics"

/** Every minute, in the worker: offers nobody answered in time expire, and their jobs go to the next candidate. */
async function expireOffersJob(container: MedusaContainer) {
  const expired = await expireOffers(container, new Date())
  if (expired?.length) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Expired ${expired.length} offer(s); offered their jobs to the next candidates`)
}

export const config = { name: "expire-dispatch-offers", schedule: "* * * * *" }

/** Counted and timed for /metrics (runs, duration, failures). */
export default measuredJob(config.name, expireOffersJob)
