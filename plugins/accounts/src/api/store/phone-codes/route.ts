import { clientAddress } from "@doorstep/appointments/api/client-address"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DomainError, handleDomainErrors } from "@doorstep/appointments/api/domain-error"
import { validated } from "@doorstep/appointments/api/validation"
import { maskedPhone, mobileE164 } from "../../../lib/phone"
import { SIGN_IN_CODE_RULES, type SignInActor } from "../../../lib/sign-in-codes"
import { deliveryFailureOf } from "../../../lib/sms-errors"
import { SIGN_IN_CODE_MODULE, type SignInCodeModuleService } from "../../../modules/sign-in-code"
import type { PhoneCodeBody } from "./validators"

const smsText = (code: string, actor: SignInActor) =>
  actor === "beautician"
    ? `【Doorstep】美容师登录验证码 ${code}，${SIGN_IN_CODE_RULES.ttlSeconds / 60} 分钟内有效，请勿告诉他人。Your Doorstep Pro code is ${code}.`
    : `【Doorstep】验证码 ${code}，${SIGN_IN_CODE_RULES.ttlSeconds / 60} 分钟内有效，请勿告诉他人。Your Doorstep code is ${code}.`

/**
 * POST /store/phone-codes `{ phone, actor_type? }` — texts a sign-in code to
 * the phone, then `POST /auth/customer/phone-otp { phone, code }` signs in
 * (`/auth/beautician/phone-otp` with `actor_type: "beautician"`). 429 with
 * `retry_after_seconds` when one was sent a moment ago, five in the hour, or
 * too many from this address. When the SMS vendor says no, the code is
 * taken back (nothing is left to try) and the customer is told why: 429
 * `SMS_RATE_LIMITED` (the vendor's limit for the number), 400
 * `INVALID_PHONE` (a number it cannot text), else 503 `SMS_UNAVAILABLE`
 * (no SMS set up, the vendor's balance used up or the vendor out of reach).
 */
export const POST = handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const body = validated<PhoneCodeBody>(req)
  const phone = mobileE164(body.phone)
  if (!phone) throw new DomainError(400, "INVALID_PHONE", "请输入有效的手机号 · Enter a valid mobile number", "phone")
  const codes = req.scope.resolve<SignInCodeModuleService>(SIGN_IN_CODE_MODULE)
  const now = new Date()
  const issued = await codes.issueCode({ phone, actor: body.actor_type, ip: clientAddress(req), now })
  if ("retryAfterSeconds" in issued) {
    res.setHeader("Retry-After", String(issued.retryAfterSeconds))
    throw new DomainError(429, issued.code, "验证码发送太频繁，请稍后再试 · Too many codes; try again later", undefined, { retry_after_seconds: issued.retryAfterSeconds })
  }
  const minutes = SIGN_IN_CODE_RULES.ttlSeconds / 60
  try {
    await req.scope
      .resolve<INotificationModuleService>(Modules.NOTIFICATION)
      .createNotifications({ to: phone, channel: "sms", template: "sign-in-code", content: { text: smsText(issued.code, body.actor_type) }, data: { params: { code: issued.code, minutes } } })
  } catch (error) {
    await codes.discardCode(phone, now)
    const failure = deliveryFailureOf(error)
    if (failure?.code === "SMS_RATE_LIMITED") {
      res.setHeader("Retry-After", String(SIGN_IN_CODE_RULES.resendSeconds))
      throw new DomainError(429, "SMS_RATE_LIMITED", "该号码短信发送太频繁，请稍后再试 · Too many texts to this number; try again later", undefined, { retry_after_seconds: SIGN_IN_CODE_RULES.resendSeconds })
    }
    if (failure?.code === "SMS_INVALID_NUMBER") throw new DomainError(400, "INVALID_PHONE", "该号码无法接收短信，请换一个手机号 · This number cannot receive texts; use another mobile number", "phone")
    // No provider for the channel (Medusa's module keeps only its error's message), or the vendor cannot send now.
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Sign-in code to ${maskedPhone(phone)} not sent: ${(error as Error).message}`)
    throw new DomainError(503, "SMS_UNAVAILABLE", "短信服务暂不可用 · SMS is not available right now")
  }
  res.status(202).json({ phone: maskedPhone(phone), expires_at: issued.expiresAt.toISOString(), resend_after_seconds: SIGN_IN_CODE_RULES.resendSeconds })
})
