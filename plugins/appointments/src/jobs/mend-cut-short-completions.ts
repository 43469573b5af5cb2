import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { measuredJob } from "../api/ops/metrics"
import { finishCutShortCompletions, recordLostOrders } from "../lib/cut-short-completions"

/** Paid appointments are recorded by `order.placed` within a second; this long without, it was lost. */
const LOST_ORDER_AFTER_MS = 30_000

/**
 * Every minute, in the worker: completions a crash cut short are mended.
 * Paid appointments whose `order.placed` was lost get their order recorded;
 * carts nobody completed again are completed now (placed if paid, else their
 * times handed back).
 */
async function mendCutShortCompletionsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const now = new Date()
  const recorded = await recordLostOrders(container, new Date(now.getTime() - LOST_ORDER_AFTER_MS))
  if (recorded.length) logger.warn(`Recorded the orders of ${recorded.length} appointment(s) whose order.placed was lost: ${recorded.join(", ")}`)
  const finished = await finishCutShortCompletions(container, now)
  for (const { cartId, outcome, deletedOrders } of finished) {
    logger.warn(`Finished the cut-short completion of cart ${cartId}: ${outcome}${deletedOrders.length ? `; deleted its leftover order(s) ${deletedOrders.join(", ")}` : ""}`)
  }
}

export const config = { name: "mend-cut-short-completions", schedule: "* * * * *" }

/** Counted and timed for /metrics (runs, duration, failures). */
export default measuredJob(config.name, mendCutShortCompletionsJob)
