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

export class NotificationRejected extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message)
  }
}

/** An amount in yuan as gateways write it ("218", "218.5", "218.00") in fen, exactly; anything else is malformed. */
export function yuanToFen(amount: string): number {
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(amount)
  if (!match) throw new NotificationRejected("MALFORMED", `Not an amount in yuan: ${amount}`)
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"))
}
