import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ChinaPaymentsOptions } from "../../../config"
import type { GatewayNotification } from "../../../lib/gateway-notification"
import { announcePaymentFailed, askGateway, matchSession, settlePaidSession } from "../../../lib/settle"

/** The gateways' options, as medusa-config gave them to this plugin (the same the providers get). */
export function chinaPaymentsOptions(container: MedusaContainer): ChinaPaymentsOptions {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE) as { plugins: Array<string | { resolve: string; options?: unknown }> }
  const entry = config.plugins.find((plugin) => typeof plugin !== "string" && plugin.resolve === "@doorstep/china-payments")
  return ((entry as { options?: ChinaPaymentsOptions } | undefined)?.options ?? {}) as ChinaPaymentsOptions
}

/**
 * Acts on a verified notification once it matches its payment session: a
 * payment settles the session; a refund's outcome is recorded in the log, and
 * a refund that failed at the gateway is raised for staff.
 */
export async function handleNotification(container: MedusaContainer, providerId: string, notification: GatewayNotification) {
  const session = await matchSession(container, providerId, notification)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (notification.kind === "refund") {
    const line = `${providerId} refund ${notification.refundNo} of ${notification.refundFen} fen on ${session.id}: ${notification.status}`
    if (notification.status === "SUCCESS") logger.info(line)
    else logger.error(`${line}; the money did not reach the customer, please follow up`)
    return
  }
  if (!notification.paid) {
    // Alipay tells when a trade closes unpaid; the gateway is asked before anyone is told.
    const answer = await askGateway(container, session.id)
    if (answer.outcome === "unpaid" && answer.status !== "pending") await announcePaymentFailed(container, session.id)
    return
  }
  const settlement = await settlePaidSession(container, session.id)
  if (settlement.outcome === "refunded") logger.warn(`Payment session ${session.id} was paid but its cart could not be completed (${settlement.reason}); it was refunded`)
  if (settlement.outcome === "refund_failed") {
    logger.error(`Payment session ${session.id} was paid but its cart could not be completed (${settlement.reason}), and the refund failed: give the money back by hand`)
  }
}
