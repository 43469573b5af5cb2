import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import webpush from "web-push"
import { DISPATCH_MODULE, type DispatchModuleService } from "../modules/dispatch"

export interface PushMessage {
  title: string
  body: string
  /** Where the app opens when the notification is tapped: a portal path without its locale (`/pro`, `/pro/jobs/:id`). */
  url: string
  /** Later messages with the same tag replace earlier ones on the device. */
  tag: string
}

/**
 * Sends a Web Push message to every browser where the beautician allowed
 * notifications, signed with our VAPID keys and encrypted for each browser
 * (aes128gcm). Subscriptions the push service says are gone (404, 410) are
 * dropped; other failures are logged, never thrown: a push is a courtesy on
 * top of the live stream and the offer list.
 */
export async function pushToBeautician(container: MedusaContainer, beauticianId: string, message: PushMessage, ttlSeconds: number): Promise<number> {
  const dispatch = container.resolve<DispatchModuleService>(DISPATCH_MODULE)
  const vapid = dispatch.vapid()
  if (!vapid) return 0
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const subscriptions = await dispatch.listPushSubscriptions({ actor_type: "beautician", actor_id: beauticianId })
  let delivered = 0
  for (const subscription of subscriptions) {
    try {
      // web-push encrypts and signs; the request goes out with fetch, which also reaches a loopback test service over http.
      const request = webpush.generateRequestDetails({ endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } }, JSON.stringify(message), {
        vapidDetails: vapid,
        TTL: ttlSeconds,
        urgency: "high",
        topic: message.tag.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 32),
      })
      const response = await fetch(request.endpoint, { method: request.method, headers: request.headers as Record<string, string>, body: request.body ? new Uint8Array(request.body) : undefined, signal: AbortSignal.timeout(10_000) })
      await response.arrayBuffer()
      if (response.ok) delivered++
      else if (response.status === 404 || response.status === 410) await dispatch.deletePushSubscriptions(subscription.id)
      else logger.warn(`Web Push to ${new URL(subscription.endpoint).host} answered ${response.status}`)
    } catch (error) {
      logger.warn(`Web Push to ${new URL(subscription.endpoint).host} failed: ${(error as Error).message}`)
    }
  }
  return delivered
}
