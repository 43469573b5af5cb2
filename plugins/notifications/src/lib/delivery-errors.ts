/**
 * A channel's failure in our words: a stable code, and whether trying again
 * can help. Medusa's notification module wraps a provider's error into a
 * plain `Error` and keeps only its message, so both travel in the message as
 * a tag, `[WECHAT_NOT_SUBSCRIBED permanent]` (the accounts plugin's SMS
 * providers tag theirs the same way). The outbox gives up at once on a
 * permanent failure and tries a transient one again later.
 */
export class DeliveryError extends Error {
  constructor(
    readonly code: string,
    readonly permanent: boolean,
    detail: string,
  ) {
    super(`[${code} ${permanent ? "permanent" : "transient"}] ${detail}`)
  }
}

/** The tagged failure inside an error's message, or null for an error that carries none (taken as transient). */
export function deliveryFailureOf(error: unknown): { code: string; permanent: boolean } | null {
  const match = /\[([A-Z][A-Z0-9_]+) (permanent|transient)\]/.exec(String((error as Error)?.message ?? ""))
  return match ? { code: match[1], permanent: match[2] === "permanent" } : null
}
