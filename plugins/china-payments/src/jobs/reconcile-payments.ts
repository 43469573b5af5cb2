import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcilePayments } from "../lib/reconcile"
import { measuredJob } from "@doorstep/appointments/api/ops/metrics"

/**
 * Every minute, in the worker: WeChat Pay and Alipay sessions still pending a
 * few minutes after they opened are checked with the gateway, so a lost
 * notification never loses a paid booking, and long-unpaid orders are closed.
 */
async function reconcilePaymentsJob(container: MedusaContainer) {
  const result = await reconcilePayments(container, new Date())
  if (result && result.settled.length + result.closed.length + result.failed.length > 0) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Payments reconciled: ${result.settled.length} settled, ${result.closed.length} closed, ${result.unpaid.length} unpaid, ${result.failed.length} failed`)
  }
}

export const config = { name: "reconcile-china-payments", schedule: "* * * * *" }

/** Counted and timed for /metrics (runs, duration, failures). */
export default measuredJob(config.name, reconcilePaymentsJob)
