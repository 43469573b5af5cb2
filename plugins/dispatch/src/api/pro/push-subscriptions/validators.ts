import { z } from "zod"

const base64url = z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, "expected base64url").max(200)

/** What the browser's PushManager.subscribe() hands over, as `subscription.toJSON()`. */
export const PushSubscriptionBody = z
  .object({ endpoint: z.url().max(1000), expirationTime: z.number().nullable().optional(), keys: z.object({ p256dh: base64url, auth: base64url }).strict() })
  .strict()
export type PushSubscriptionBody = z.infer<typeof PushSubscriptionBody>

export const PushEndpointBody = z.object({ endpoint: z.url().max(1000) }).strict()
export type PushEndpointBody = z.infer<typeof PushEndpointBody>
