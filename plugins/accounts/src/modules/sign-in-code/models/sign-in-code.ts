import { model } from "@medusajs/framework/utils"
import { SIGN_IN_ACTORS } from "../../../lib/sign-in-codes"

/** A code sent by SMS to sign in with: only its HMAC is kept; the newest one of a phone, for the actor it was asked for, counts. */
export const SignInCode = model.define("sign_in_code", {
  id: model.id({ prefix: "sicd" }).primaryKey(),
  phone: model.text(),
  /** Who it signs in as: `customer` or `beautician`. */
  actor_type: model.enum([...SIGN_IN_ACTORS]).default("customer"),
  code_hash: model.text(),
  /** Where it was asked for from, for the per-address limit. */
  ip: model.text().nullable(),
  expires_at: model.dateTime(),
  attempts: model.number().default(0),
  consumed_at: model.dateTime().nullable(),
})

/** A wrong, stale or used code tried from an address, for the per-address limit on tries. */
export const SignInFailure = model.define("sign_in_failure", {
  id: model.id({ prefix: "sifl" }).primaryKey(),
  ip: model.text(),
  phone: model.text().nullable(),
})

/** A password sign-in that failed (or is still being checked), for the limits on tries per account and per address. */
export const PasswordTry = model.define("password_try", {
  id: model.id({ prefix: "pwtr" }).primaryKey(),
  /** `customer`, `user` (the back office) or `beautician`, with the email tried: one account. */
  actor_type: model.text(),
  email: model.text(),
  ip: model.text(),
})
