import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The address a phone-only customer has until they give one: `.invalid` is reserved (RFC 2606), so nothing is ever sent to it. */
export const phoneOnlyEmail = (e164: string) => `${e164.slice(1)}@phone.doorstep.invalid`

/**
 * A customer account made after signing in by SMS code carries the phone the
 * code went to, whatever the client sends as `phone`; Medusa wants an email
 * for every customer, so one who gives none gets `phoneOnlyEmail`.
 */
export async function useVerifiedPhone(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const identityId = (req as AuthenticatedMedusaRequest).auth_context?.auth_identity_id
  if (identityId) {
    const identity = await req.scope.resolve<IAuthModuleService>(Modules.AUTH).retrieveAuthIdentity(identityId, { relations: ["provider_identities"] })
    const phone = identity.provider_identities?.find((p) => p.provider === "phone-otp")?.entity_id
    if (phone) {
      const request = req as MedusaRequest & { body: Record<string, unknown>; validatedBody?: Record<string, unknown> }
      const email = (request.body?.email as string | undefined) || phoneOnlyEmail(phone)
      request.body = { ...(request.body ?? {}), phone, email }
      if (request.validatedBody) request.validatedBody = { ...request.validatedBody, phone, email }
    }
  }
  next()
}
