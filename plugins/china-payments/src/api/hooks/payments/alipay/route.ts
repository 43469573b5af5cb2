import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AlipaySdk } from "alipay-sdk"
import { PROVIDER_IDS } from "../../../../config"
import { readAlipayNotification } from "../../../../lib/alipay-notifications"
import { NotificationRejected } from "../../../../lib/notification-rejected"
import { alipaySdk, type AlipayOptions } from "../../../../providers/alipay/service"
import { chinaPaymentsOptions, handleNotification } from "../notifications"

const clients = new WeakMap<AlipayOptions, AlipaySdk>()

/**
 * Alipay's asynchronous notifications. Verified before anything changes;
 * answered in Alipay's protocol: the plain text `success` once handled,
 * anything else and Alipay sends it again later.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const options = chinaPaymentsOptions(req.scope).alipay
  if (!options) return void res.status(404).type("text/plain").send("failure")
  if (!clients.has(options)) clients.set(options, alipaySdk(options))
  try {
    const rawBody = (req as MedusaRequest & { rawBody?: Buffer }).rawBody?.toString("utf8") ?? ""
    const notification = readAlipayNotification(clients.get(options)!, options.appId, Object.fromEntries(new URLSearchParams(rawBody)))
    await handleNotification(req.scope, PROVIDER_IDS.alipay, notification)
    res.type("text/plain").send("success")
  } catch (error) {
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    if (error instanceof NotificationRejected) {
      logger.warn(`Alipay notification rejected: ${error.code}: ${error.message}`)
      return void res.status(400).type("text/plain").send(`failure: ${error.code}`)
    }
    logger.error(`Alipay notification failed: ${(error as Error).stack ?? error}`)
    res.status(500).type("text/plain").send("failure")
  }
}
