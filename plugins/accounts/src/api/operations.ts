import { z } from "zod"
import { defineOperations } from "@doorstep/appointments/api/openapi"
import { LinkPhoneBody, PhoneCodeBody } from "./store/phone-codes/validators"

const maskedPhone = z.string().meta({ description: "The phone with its middle digits hidden", example: "+86 138****8000" })

export const operations = defineOperations({
  "POST /store/phone-codes": {
    summary: "Text a sign-in code to a phone",
    description:
      "Then `POST /auth/customer/phone-otp { phone, code }` signs in; with `actor_type: \"beautician\"`, `POST /auth/beautician/phone-otp { phone, code }` instead (a code works only for the actor it was asked for; the limits count a phone's codes together). 429 with `retry_after_seconds` (and `Retry-After`) when one was sent a moment ago, five in the hour, or too many from this address. When the SMS vendor refuses, the code is taken back and the reason told: 429 `SMS_RATE_LIMITED`, 400 `INVALID_PHONE`, else 503 `SMS_UNAVAILABLE`.",
    auth: "public",
    body: PhoneCodeBody,
    example: { phone: "13800138000" },
    responses: { 202: z.object({ phone: maskedPhone, expires_at: z.iso.datetime(), resend_after_seconds: z.number().int() }) },
    errors: { 400: ["INVALID_PHONE"], 429: ["CODE_TOO_SOON", "TOO_MANY_CODES", "TOO_MANY_REQUESTS", "SMS_RATE_LIMITED"], 503: ["SMS_UNAVAILABLE"] },
  },
  "POST /store/customers/me/phone": {
    summary: "Add a proven phone to the signed-in customer's account",
    description: "With a code from `POST /store/phone-codes`; from then on the phone signs into this account. Nothing changes on an error.",
    auth: "customer",
    body: LinkPhoneBody,
    example: { phone: "13800138000", code: "123456" },
    responses: { 200: z.object({ phone: maskedPhone }) },
    errors: { 400: ["INVALID_PHONE", "WRONG_CODE"], 409: ["PHONE_IN_USE"] },
  },
})
