import crypto from "node:crypto"
import type { SignInActor } from "./sign-in-codes"

/**
 * The header in which our middleware tells the phone-otp provider whose row
 * carries the phone being signed in with (auth providers see the request's
 * headers, not the app's modules). Its value is signed under the sign-in code
 * secret, so a client can never name somebody else for its own phone.
 */
export const PHONE_ACTOR_HEADER = "x-doorstep-phone-actor"

const signature = (secret: string, actor: SignInActor, phone: string, actorId: string) =>
  crypto.createHmac("sha256", secret).update(`phone-actor:${actor}:${phone}:${actorId}`).digest("hex")

/** `<actor id>.<signature>`: vouches that the actor's row carries the phone. */
export const vouchForPhoneActor = (secret: string, actor: SignInActor, phone: string, actorId: string) => `${actorId}.${signature(secret, actor, phone, actorId)}`

/** The actor id `header` vouches for with this phone, or null when there is none or its signature is not ours. */
export function vouchedPhoneActor(secret: string, actor: SignInActor, phone: string, header: unknown): string | null {
  if (typeof header !== "string") return null
  const dot = header.lastIndexOf(".")
  if (dot <= 0) return null
  const actorId = header.slice(0, dot)
  const given = Buffer.from(header.slice(dot + 1))
  const expected = Buffer.from(signature(secret, actor, phone, actorId))
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? actorId : null
}
