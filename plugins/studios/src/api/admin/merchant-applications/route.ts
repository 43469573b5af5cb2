import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { merchants, serializeMerchant } from "../merchants/merchants"
import type { MerchantApplicationBody } from "../merchants/validators"

/** Medusa's own back-office authentication refuses a registration token; the route's middleware accepts one instead. */
export const AUTHENTICATE = false

/**
 * POST /admin/merchant-applications — a studio applies: with the token of a
 * fresh back-office registration (`POST /auth/user/emailpass/register`), this
 * makes the studio (`draft`) and its first user, its manager. Documents and
 * submission follow under `/admin/merchants/:handle`.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<MerchantApplicationBody>(req)
  if (req.auth_context.actor_id) throw new DomainError(409, "ALREADY_REGISTERED", "This account already belongs to the back office; apply with a new one")
  if ((await merchants(req).listMerchants({ handle: body.handle }, { select: ["id"] })).length > 0) {
    throw new DomainError(409, "HANDLE_TAKEN", `The handle ${body.handle} is taken`, "handle")
  }
  const identity = await req.scope.resolve<IAuthModuleService>(Modules.AUTH).retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new DomainError(400, "INVALID_INPUT", "Apply with an email and password registration")
  const [merchant] = await merchants(req).createMerchants([{ ...body, status: "draft" }])
  await createUserAccountWorkflow(req.scope).run({
    input: { authIdentityId: identity.id, userData: { email, metadata: { role: "merchant_manager", merchant_handle: merchant.handle } } },
  })
  res.status(201).json({ merchant: await serializeMerchant(req, merchant) })
})
