import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { measuredJob } from "../api/ops/metrics"
import { recordLostOrders } from "../lib/lost-orders"

/** Paid appointments are recorded by `order.placed` within a second; this long without, it was lost. */
const QUIET_MS = 30_000

/** Every minute, in the worker: paid appointments whose `order.placed` a crash lost get their order recorded. */
async function recordLostOrdersJob(container: MedusaContainer) {
  const recorded = await recordLostOrders(container, new Date(Date.now() - QUIET_MS))
  if (recorded.length) container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Recorded the orders of ${recorded.length} appointment(s) whose order.placed was lost: ${recorded.join(", ")}`)
}

export const config = { name: "record-lost-appointment-orders", schedule: "* * * * *" }

/** Counted and timed for /metrics (runs, duration, failures). */
export default measuredJob(config.name, recordLostOrdersJob)
