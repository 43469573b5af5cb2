import crypto from "node:crypto"

/** How SMS sign-in codes work: six digits, five minutes, five tries, and how often one may be sent. */
export const SIGN_IN_CODE_RULES = {
  digits: 6,
  ttlSeconds: 5 * 60,
  maxAttempts: 5,
  /** One code per phone a minute, five an hour. */
  resendSeconds: 60,
  perPhonePerHour: 5,
  /** Codes asked for from one address in an hour (a shared office network may need a few). */
  perIpPerHour: 20,
  /** Wrong codes from one address in an hour before it must wait. */
  failuresPerIpPerHour: 20,
} as const

export type SignInCodeRules = typeof SIGN_IN_CODE_RULES

/**
 * Who a code signs in as: a customer (`/auth/customer/phone-otp`) or a
 * beautician (`/auth/beautician/phone-otp`). A code works only where it was
 * asked for; the limits count every code of a phone together.
 */
export const SIGN_IN_ACTORS = ["customer", "beautician"] as const
export type SignInActor = (typeof SIGN_IN_ACTORS)[number]
export const isSignInActor = (value: unknown): value is SignInActor => (SIGN_IN_ACTORS as readonly unknown[]).includes(value)

/** A fresh code, uniformly random (never `Math.random`). */
export const newSignInCode = (digits: number = SIGN_IN_CODE_RULES.digits) => String(crypto.randomInt(0, 10 ** digits)).padStart(digits, "0")

/**
 * What is stored instead of the code: an HMAC under a server secret, bound to
 * the phone, so a copy of the table neither reveals codes nor lets anyone try
 * the million possibilities offline.
 */
export const hashSignInCode = (secret: string, phone: string, code: string) => crypto.createHmac("sha256", secret).update(`${phone}:${code}`).digest("hex")

/** Why a code may not be sent now, and in how many seconds to try again. */
export interface CodeRefusal {
  code: "CODE_TOO_SOON" | "TOO_MANY_CODES" | "TOO_MANY_REQUESTS"
  retryAfterSeconds: number
}

/**
 * Whether another code may be sent, from what was sent lately: the times
 * (ms) of codes to this phone and from this address within the last hour.
 */
export function refuseCode(now: number, toPhone: number[], fromIp: number[], rules: SignInCodeRules = SIGN_IN_CODE_RULES): CodeRefusal | null {
  const hour = 3600_000
  const latest = Math.max(...toPhone, -Infinity)
  if (now - latest < rules.resendSeconds * 1000) return { code: "CODE_TOO_SOON", retryAfterSeconds: Math.ceil((latest + rules.resendSeconds * 1000 - now) / 1000) }
  const recentPhone = toPhone.filter((at) => now - at < hour).sort((a, b) => a - b)
  if (recentPhone.length >= rules.perPhonePerHour) return { code: "TOO_MANY_CODES", retryAfterSeconds: Math.ceil((recentPhone[recentPhone.length - rules.perPhonePerHour] + hour - now) / 1000) }
  const recentIp = fromIp.filter((at) => now - at < hour).sort((a, b) => a - b)
  if (recentIp.length >= rules.perIpPerHour) return { code: "TOO_MANY_REQUESTS", retryAfterSeconds: Math.ceil((recentIp[recentIp.length - rules.perIpPerHour] + hour - now) / 1000) }
  return null
}
