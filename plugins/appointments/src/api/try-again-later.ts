import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DomainError, sendDomainError } from "./domain-error"

/**
 * A refusal that is nobody's mistake and passes by itself (the database
 * restarting, another request holding a lease): the client only has to send
 * the same request again after `retryAfterSeconds`.
 */
export type TryAgainLater = {
  status: 409 | 503
  code: string
  message: string
  retryAfterSeconds: number
  /** What the warning in the log calls it, as in "Lease busy at POST /store/carts/…/complete: answered 409". */
  loggedAs: string
}

/**
 * Answers with the status, code and message, and says when to retry in
 * `Retry-After` only (the body stays Medusa's `{ type, code, message }`).
 * A warning, not an error, in the log: nothing is broken, the answer is on purpose.
 */
export function sendTryAgainLater(req: MedusaRequest, res: MedusaResponse, answer: TryAgainLater, detail?: string): void {
  const logger = req.scope?.resolve("logger") as { warn(message: string): void } | undefined
  logger?.warn(`${answer.loggedAs} at ${req.method} ${req.path}${detail ? ` (${detail})` : ""}: answered ${answer.status}`)
  res.setHeader("Retry-After", String(answer.retryAfterSeconds))
  sendDomainError(res, new DomainError(answer.status, answer.code, answer.message))
}
