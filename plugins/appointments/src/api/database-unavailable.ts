import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendTryAgainLater, type TryAgainLater } from "./try-again-later"

/** Socket errors of a database that is not there or went away. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"])

/** PostgreSQL's own: a shutdown ended the session (57P01–57P02), it is starting up (57P03), or the connection failed (class 08). */
const isUnavailableSqlState = (code: string) => /^57P0[123]$/.test(code) || /^08[0-9A-Z]{3}$/.test(code)

/**
 * node-postgres' own errors for a connection the server dropped, which carry no
 * code: their messages are all there is to recognise them by.
 */
const CONNECTION_LOST_MESSAGES = new Set([
  "Connection terminated",
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "Client has encountered a connection error and is not queryable",
  "Client was closed and is not queryable",
  "timeout exceeded when trying to connect",
])

/** knex puts the query before the driver's message (`select … - Connection terminated unexpectedly`), and the ORM keeps that. */
const driverMessage = (message: string) => (message.includes(" - ") ? message.slice(message.lastIndexOf(" - ") + 3) : message)

/** Errors without a code: the pool giving up (knex), the ORM's connection exception, a dropped connection (pg). */
const isUncodedConnectionLoss = (error: { name?: unknown; message?: unknown }) =>
  error.name === "KnexTimeoutError" ||
  error.name === "ConnectionException" ||
  (typeof error.message === "string" && CONNECTION_LOST_MESSAGES.has(driverMessage(error.message)))

/**
 * Whether an error says the database cannot be reached, looking through what
 * wraps it (an ORM exception's `cause`, an AggregateError's `errors` when both
 * loopback addresses refused).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return saysDatabaseUnavailable(error, 0)
}

function saysDatabaseUnavailable(error: unknown, depth: number): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false
  const { code, cause, errors, name, message } = error as { code?: unknown; cause?: unknown; errors?: unknown; name?: unknown; message?: unknown }
  if (typeof code === "string" && (SOCKET_CODES.has(code) || isUnavailableSqlState(code))) return true
  if (isUncodedConnectionLoss({ name, message })) return true
  if (cause && saysDatabaseUnavailable(cause, depth + 1)) return true
  return Array.isArray(errors) && errors.some((inner) => saysDatabaseUnavailable(inner, depth + 1))
}

/**
 * A request that failed because PostgreSQL is away: 503 with a stable code and
 * Retry-After (a restart takes seconds), nothing of the driver's error. The pool
 * connects again on its own once the server is back, so the client only has to retry.
 */
const DATABASE_UNAVAILABLE: TryAgainLater = {
  status: 503,
  code: "DATABASE_UNAVAILABLE",
  message: "The service is briefly unavailable; please try again in a few seconds.",
  retryAfterSeconds: 5,
  loggedAs: "Database unavailable",
}

/** The log names the driver's code (`ECONNREFUSED`, `57P01`) where it has one. */
export function sendDatabaseUnavailable(req: MedusaRequest, res: MedusaResponse, error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code
  sendTryAgainLater(req, res, DATABASE_UNAVAILABLE, typeof code === "string" ? code : undefined)
}
