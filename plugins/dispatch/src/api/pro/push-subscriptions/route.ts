import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { isAllowedPushEndpoint } from "../../../lib/push-endpoints"
import { DISPATCH_MODULE, type DispatchModuleService } from "../../../modules/dispatch"
import type { PushEndpointBody, PushSubscriptionBody } from "./validators"

/** POST /pro/push-subscriptions — this browser may be woken for the signed-in beautician's offers. */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dispatch = req.scope.resolve<DispatchModuleService>(DISPATCH_MODULE)
  const body = validated<PushSubscriptionBody>(req)
  if (!dispatch.vapid()) throw new DomainError(409, "PUSH_NOT_CONFIGURED", "Notifications are not set up on this server")
  if (!isAllowedPushEndpoint(body.endpoint, dispatch.allowsLoopbackPush())) throw new DomainError(400, "PUSH_ENDPOINT_NOT_ALLOWED", "Not a browser push service", "endpoint")
  await dispatch.savePushSubscription({ actor_type: "beautician", actor_id: req.auth_context.actor_id, endpoint: body.endpoint, p256dh: body.keys.p256dh, auth: body.keys.auth })
  res.status(201).json({ subscribed: true })
})

/** DELETE /pro/push-subscriptions — this browser is not to be woken any more (the beautician turned notifications off or signed out). */
export const DELETE = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const dispatch = req.scope.resolve<DispatchModuleService>(DISPATCH_MODULE)
  const { endpoint } = validated<PushEndpointBody>(req)
  const mine = await dispatch.listPushSubscriptions({ endpoint, actor_type: "beautician", actor_id: req.auth_context.actor_id }, { select: ["id"] })
  if (mine.length > 0) await dispatch.deletePushSubscriptions(mine.map((s) => s.id))
  res.json({ subscribed: false })
})
