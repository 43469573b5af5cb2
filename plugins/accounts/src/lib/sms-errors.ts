/**
 * What can go wrong sending an SMS, in our words rather than a vendor's.
 *
 * Medusa's notification module wraps a provider's error into a new plain
 * `Error` and keeps only its message, so the stable code and whether trying
 * again can help travel in the message as a tag, `[SMS_INVALID_NUMBER permanent]`.
 * The sign-in code route and the notifications outbox read the tag back
 * with `deliveryFailureOf` (the outbox has the same reader for its channels).
 */
export const SMS_FAILURES = {
  /** The vendor or the carrier limits how often this number (or this account) is texted. */
  SMS_RATE_LIMITED: "transient",
  /** Not a number the vendor can text (malformed, unknown, or on the carrier's block list). */
  SMS_INVALID_NUMBER: "permanent",
  /** The SMS account's balance or package is used up, or the account is suspended for arrears: an operator must top it up. */
  SMS_INSUFFICIENT_BALANCE: "transient",
  /** The vendor refused the message itself: a signature or template not approved, parameters that do not fit it. */
  SMS_REJECTED: "permanent",
  /** No template is configured for this kind of message. */
  SMS_NO_TEMPLATE: "permanent",
  /** The vendor did not answer, answered with a server error, or refused our credentials. */
  SMS_UNAVAILABLE: "transient",
} as const
export type SmsFailureCode = keyof typeof SMS_FAILURES

export class SmsError extends Error {
  readonly permanent: boolean

  constructor(
    readonly code: SmsFailureCode,
    detail: string,
  ) {
    super(`[${code} ${SMS_FAILURES[code]}] ${detail}`)
    this.permanent = SMS_FAILURES[code] === "permanent"
  }
}

/** The tagged failure inside an error's message (however deeply Medusa wrapped it), or null for an error that carries none. */
export function deliveryFailureOf(error: unknown): { code: string; permanent: boolean } | null {
  const match = /\[([A-Z][A-Z0-9_]+) (permanent|transient)\]/.exec(String((error as Error)?.message ?? ""))
  return match ? { code: match[1], permanent: match[2] === "permanent" } : null
}
