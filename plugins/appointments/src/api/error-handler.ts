import { errorHandler as medusaErrorHandler, type MedusaErrorHandlerFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { isDatabaseUnavailable, sendDatabaseUnavailable } from "./database-unavailable"
import { isLeaseBusy, sendLeaseBusy } from "./lease-busy"
import { answerUnknownPropertyInRead, isUnknownPropertyInRead } from "./list-query"
import { setSecurityHeaders } from "./security-headers"
import { answerUnreadableBody, isUnreadableBody } from "./unreadable-body"

/** An error Medusa's handler would answer badly (a 500 "unknown error", or no code), and the answer it gets instead. */
type ErrorAnswer = {
  recognises: (error: unknown, req: MedusaRequest) => boolean
  answer: (req: MedusaRequest, res: MedusaResponse, error: unknown) => void
}

/** Read in order: the first that recognises the error answers it. */
const ERROR_ANSWERS: ErrorAnswer[] = [
  // A database that is away (a restart, a failover): 503 DATABASE_UNAVAILABLE with Retry-After.
  { recognises: isDatabaseUnavailable, answer: sendDatabaseUnavailable },
  // A lease another request holds (the same checkout, the same payment): 409 REQUEST_IN_PROGRESS with Retry-After.
  { recognises: isLeaseBusy, answer: sendLeaseBusy },
  // A body the parser could not read: 413 BODY_TOO_LARGE or 400 INVALID_INPUT.
  { recognises: isUnreadableBody, answer: answerUnreadableBody },
  // A read ordering or filtering by a field the list does not have: 400 INVALID_INPUT.
  { recognises: isUnknownPropertyInRead, answer: answerUnknownPropertyInRead },
]

/**
 * Commerce's error handler, in Medusa's place. A request refused before any
 * route's middleware ran (no publishable key, a body that cannot be read)
 * reaches only this, so it sets the API's headers (security-headers.ts). The
 * errors of `ERROR_ANSWERS` get their answers; Medusa answers the rest, with a
 * code by then (error-codes.ts, first on every request: Medusa's own
 * validation errors have none).
 */
export function errorHandler(env: NodeJS.ProcessEnv = process.env): MedusaErrorHandlerFunction {
  const production = env.NODE_ENV === "production"
  const medusaErrors = medusaErrorHandler()
  return (error, req, res, next) => {
    if (!res.headersSent) setSecurityHeaders(res, production)
    const known = res.headersSent ? undefined : ERROR_ANSWERS.find(({ recognises }) => recognises(error, req))
    if (known) return known.answer(req, res, error)
    return medusaErrors(error, req, res, next)
  }
}
