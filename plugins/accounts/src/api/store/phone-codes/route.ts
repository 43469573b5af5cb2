import { clientAddress } from "@doorstep/appointments/api/client-address"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { maskedPhone, mobileE164 } from "../../../lib/phone"
import { SIGN_IN_CODE_RULES } from "../../../lib/sign-in-codes"
import { SIGN_IN_CODE_MODULE, type SignInCodeModuleService } from "../../../modules/sign-in-code"
import type { PhoneCodeBody } from "./validators"

const smsText = (code: string) => `【Doorstep】验证码 ${code}，${SIGN_IN_CODE_RULES.ttlSeconds / 60} 分钟内有效，请勿告诉他人。Your Doorstep code is ${code}.`

/**
 * POST /store/phone-codes `{ phone }` — texts a sign-in code to the phone,
 * then `POST /auth/customer/phone-otp { phone, code }` signs in. 429 with
 * `retry_after_seconds` when one was sent a moment ago, five in the hour, or
 * too many from this address; 503 `SMS_UNAVAILABLE` when no SMS is set up.
 */
export const POST = handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const phone = mobileE164(validated<PhoneCodeBody>(req).phone)
  if (!phone) throw new DomainError(400, "INVALID_PHONE", "请输入有效的手机号 · Enter a valid mobile number", "phone")
  const codes = req.scope.resolve<SignInCodeModuleService>(SIGN_IN_CODE_MODULE)
  const now = new Date()
  const issued = await codes.issueCode({ phone, ip: clientAddress(req), now })
  if ("retryAfterSeconds" in issued) {
    res.setHeader("Retry-After", String(issued.retryAfterSeconds))
    throw new DomainError(429, issued.code, "验证码发送太频繁，请稍后再试 · Too many codes; try again later", undefined, { retry_after_seconds: issued.retryAfterSeconds })
  }
  try {
    await req.scope.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications({ to: phone, channel: "sms", template: "sign-in-code", content: { text: smsText(issued.code) } })
  } catch (error) {
    await codes.discardCode(phone, now)
    // No provider for the channel: Medusa's NOT_FOUND (compared by type: the module may hold another copy of MedusaError's class).
    if ((error as { type?: string }).type === MedusaError.Types.NOT_FOUND) throw new DomainError(503, "SMS_UNAVAILABLE", "短信服务暂不可用 · SMS is not available right now")
    throw error
  }
  res.status(202).json({ phone: maskedPhone(phone), expires_at: issued.expiresAt.toISOString(), resend_after_seconds: SIGN_IN_CODE_RULES.resendSeconds })
})
