import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROVIDER_IDS } from "../../../../config"
import { NotificationRejected } from "../../../../lib/notification-rejected"
import { readWechatpayNotification } from "../../../../lib/wechatpay-notifications"
import { chinaPaymentsOptions, handleNotification } from "../notifications"

/**
 * WeChat Pay's payment and refund notifications. Verified before anything
 * changes; answered in WeChat Pay's protocol: 204 when handled, else 4xx/5xx
 * with `{ code: "FAIL", message }`, and WeChat Pay tries again later.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const options = chinaPaymentsOptions(req.scope).wechatpay
  if (!options) return void res.status(404).json({ code: "FAIL", message: "WeChat Pay is not configured" })
  try {
    const rawBody = (req as MedusaRequest & { rawBody?: Buffer }).rawBody?.toString("utf8") ?? ""
    const notification = readWechatpayNotification(options, { headers: req.headers, rawBody, now: Date.now() })
    await handleNotification(req.scope, PROVIDER_IDS.wechatpay, notification)
    res.status(204).end()
  } catch (error) {
    if (error instanceof NotificationRejected) return void res.status(400).json({ code: "FAIL", message: `${error.code}: ${error.message}` })
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`WeChat Pay notification failed: ${(error as Error).stack ?? error}`)
    res.status(500).json({ code: "FAIL", message: "Not handled; please send it again" })
  }
}
