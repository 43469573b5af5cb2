import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { raiseLateAlerts } from "../lib/late-alerts"

/** Every minute, in the worker: jobs running late are raised once, to the merchant's log and the beautician's phone. */
export default async function lateAlertsJob(container: MedusaContainer) {
  const raised = await raiseLateAlerts(container, new Date())
  if (raised.length) container.resolve(ContainerRegistrationKeys.LOGGER).warn(`${raised.length} job(s) running late`)
}

export const config = { name: "dispatch-late-alerts", schedule: "* * * * *" }
