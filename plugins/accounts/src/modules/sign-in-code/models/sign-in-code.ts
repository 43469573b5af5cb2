import { model } from "@medusajs/framework/utils"

/** A code sent by SMS to sign in with: only its HMAC is kept; the newest one of a phone counts. */
export const SignInCode = model.define("sign_in_code", {
  id: model.id({ prefix: "sicd" }).primaryKey(),
  phone: model.text(),
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
