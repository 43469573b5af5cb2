import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The address a phone-only customer has until they give one: `.invalid` is reserved (RFC 2606), so nothing is ever sent to it. */
export const phoneOnlyEmail = (e164: string) => `${e164.slice(1)}@phone.doorstep.invalid`

/** The same for a customer who signed in with WeChat, named by their WeChat id. */
export const wechatOnlyEmail = (entityId: string) => `${entityId.toLowerCase().replace(/[^a-z0-9-]/g, "-")}@wechat.doorstep.invalid`

/**
 * A customer account made after signing in by SMS code carries the phone the
 * code went to, whatever the client sends as `phone`; one made after signing
 * in with WeChat starts with the WeChat nickname. Medusa wants an email for
 * every customer, so one who gives none gets a reserved `.invalid` address.
 */
export async function useVerifiedIdentity(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const identityId = (req as AuthenticatedMedusaRequest).auth_context?.auth_identity_id
  if (identityId) {
    const identity = await req.scope.resolve<IAuthModuleService>(Modules.AUTH).retrieveAuthIdentity(identityId, { relations: ["provider_identities"] })
    const phone = identity.provider_identities?.find((p) => p.provider === "phone-otp")?.entity_id
    const wechat = identity.provider_identities?.find((p) => p.provider === "wechat")
    const request = req as MedusaRequest & { body: Record<string, unknown>; validatedBody?: Record<string, unknown> }
    const given = request.body ?? {}
    let verified: Record<string, unknown> | undefined
    if (phone) verified = { phone, email: (given.email as string | undefined) || phoneOnlyEmail(phone) }
    else if (wechat) {
      const nickname = (wechat.user_metadata as { nickname?: string } | null)?.nickname
      verified = { email: (given.email as string | undefined) || wechatOnlyEmail(wechat.entity_id), first_name: (given.first_name as string | undefined) || nickname || undefined }
    }
    if (verified) {
      request.body = { ...given, ...verified }
      if (request.validatedBody) request.validatedBody = { ...request.validatedBody, ...verified }
    }
  }
  next()
}
