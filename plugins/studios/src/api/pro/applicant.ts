import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Someone signed in to the portal, a beautician or not yet one. */
export interface Applicant {
  authIdentityId: string
  /** The phone their sign-in proved by code, if they signed in by phone. */
  phone: string | null
  /** The beautician their sign-in is linked to now (the token may predate the link). */
  beauticianId: string | null
}

/** Who asks, read from their auth identity rather than the token: an application links it after the token was made. */
export async function applicantOf(req: AuthenticatedMedusaRequest): Promise<Applicant> {
  const identity = await req.scope
    .resolve<IAuthModuleService>(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const beauticianId = identity.app_metadata?.beautician_id
  return {
    authIdentityId: identity.id,
    phone: identity.provider_identities?.find((p) => p.provider === "phone-otp")?.entity_id ?? null,
    beauticianId: typeof beauticianId === "string" && beauticianId ? beauticianId : null,
  }
}
