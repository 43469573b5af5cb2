import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileContent } from "../lib/reconcile"
import { measuredJob } from "@doorstep/appointments/api/ops/metrics"

/** Every five minutes, in the worker: commerce and the cms repair what drifted between them. */
async function reconcileContentJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const report = await reconcileContent(container)
    if (report && (report.profiles_created || report.profiles_repaired || report.unindexed || report.orphaned_profiles.length)) {
      logger.info(`Content: ${report.profiles_created} profiles made, ${report.profiles_repaired} repaired, ${report.indexed} entries indexed, ${report.unindexed} dropped, ${report.orphaned_profiles.length} profiles without a beautician`)
    }
  } catch (error) {
    logger.warn(`Content reconciliation failed, next try in five minutes: ${(error as Error).message}`)
  }
}

export const config = { name: "reconcile-content", schedule: "*/5 * * * *" }

/** Counted and timed for /metrics (runs, duration, failures). */
export default measuredJob(config.name, reconcileContentJob)
