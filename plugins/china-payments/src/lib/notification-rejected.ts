/** Why a gateway notification was not believed; nothing is changed for it. */
export type RejectionCode =
  | "MISSING_SIGNATURE"
  | "UNKNOWN_KEY"
  | "STALE_TIMESTAMP"
  | "BAD_SIGNATURE"
  | "WEAK_SIGNATURE_TYPE"
  | "BAD_CIPHERTEXT"
  | "WRONG_APP"
  | "MALFORMED"
  | "UNKNOWN_SESSION"
  | "AMOUNT_MISMATCH"

export class NotificationRejected extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message)
  }
}
