import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendTryAgainLater, type TryAgainLater } from "./try-again-later"

/**
 * The locking providers' messages for a key another owner holds (PostgreSQL's
 * and Redis's word it alike), and for a wait that ran out: the only way to tell
 * them, as the providers give them no code. Redis's arrive as Medusa's
 * CONFLICT, PostgreSQL's as plain errors Medusa would answer 500 to.
 */
const LEASE_MESSAGES = [/^Failed to acquire lock for key "/, /^"[^"]*" is already locked\.$/, /^Timed-out acquiring lock\.$/]

/** Whether a request failed because another one holds the lease it needs (the same cart being completed, a payment being settled). */
export function isLeaseBusy(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" && LEASE_MESSAGES.some((pattern) => pattern.test(message))
}

/**
 * 409 with a stable code and Retry-After: the other request finishes, or its
 * lease lapses if the process that held it died, and then the same call goes through.
 */
const LEASE_BUSY: TryAgainLater = {
  status: 409,
  code: "REQUEST_IN_PROGRESS",
  message: "Another request is already working on this (the same checkout or payment); please try again in a few seconds.",
  retryAfterSeconds: 5,
  loggedAs: "Lease busy",
}

export function sendLeaseBusy(req: MedusaRequest, res: MedusaResponse): void {
  sendTryAgainLater(req, res, LEASE_BUSY)
}
