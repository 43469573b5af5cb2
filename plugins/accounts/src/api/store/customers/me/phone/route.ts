import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IAuthModuleService, ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { maskedPhone, mobileE164 } from "../../../../../lib/phone"
import { SIGN_IN_CODE_MODULE, type SignInCodeModuleService } from "../../../../../modules/sign-in-code"
import { WRONG_CODE } from "../../../../../providers/phone-otp/service"
import type { LinkPhoneBody } from "../../../phone-codes/validators"

/**
 * POST /store/customers/me/phone `{ phone, code }` — a signed-in customer
 * (by email, or WeChat) proves a phone with a code from `POST
 * /store/phone-codes` and adds it to their account: from then on that phone
 * signs into this same account. A phone that already signs into another
 * account is 409 `PHONE_IN_USE`; a wrong or stale code is 400 `WRONG_CODE`;
 * either way nothing changes.
 */
export const POST = handleDomainErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = validated<LinkPhoneBody>(req)
  const phone = mobileE164(body.phone)
  if (!phone) throw new DomainError(400, "INVALID_PHONE", "请输入有效的手机号 · Enter a valid mobile number", "phone")
  const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
  const [taken] = await auth.listProviderIdentities({ provider: "phone-otp", entity_id: phone }, { select: ["id", "auth_identity_id"] })
  if (taken && taken.auth_identity_id !== req.auth_context.auth_identity_id) {
    throw new DomainError(409, "PHONE_IN_USE", "该手机号已绑定其他账户 · This phone already signs into another account", "phone")
  }
  if (!(await req.scope.resolve<SignInCodeModuleService>(SIGN_IN_CODE_MODULE).consumeCode(phone, "customer", body.code, new Date()))) {
    throw new DomainError(400, "WRONG_CODE", WRONG_CODE, "code")
  }
  if (!taken) {
    await auth
      .createProviderIdentities({ provider: "phone-otp", entity_id: phone, auth_identity_id: req.auth_context.auth_identity_id, user_metadata: { phone } })
      .catch((error: unknown) => {
        // Another account took the phone a moment ago (the provider identity is unique per phone).
        if (/unique|already exists|duplicate/i.test(String((error as Error).message))) throw new DomainError(409, "PHONE_IN_USE", "该手机号已绑定其他账户 · This phone already signs into another account", "phone")
        throw error
      })
  }
  await req.scope.resolve<ICustomerModuleService>(Modules.CUSTOMER).updateCustomers(req.auth_context.actor_id, { phone })
  res.json({ phone: maskedPhone(phone) })
})
