import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * A client's mistake or a lost race, with a stable `code`. Sent as Medusa's
 * `{ type, code, message }` by our routes themselves: Medusa's error handler
 * rewrites the code and message of every 409, and clients match on the code.
 */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 429 | 503,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** More for the client to act on, such as the appointments a change would orphan. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
  }
}

const TYPES = { 400: "invalid_data", 401: "unauthorized", 403: "forbidden", 404: "not_found", 409: "conflict", 429: "too_many_requests", 503: "unavailable" } as const

/** Sends the error; one that says when to try again (`retry_after_seconds`) says it in `Retry-After` too. */
export function sendDomainError(res: MedusaResponse, error: DomainError): void {
  const retryAfter = error.details?.retry_after_seconds
  if (typeof retryAfter === "number") res.setHeader("Retry-After", String(retryAfter))
  res.status(error.status).json({
    type: TYPES[error.status],
    code: error.code,
    message: error.message,
    ...(error.field ? { field: error.field } : {}),
    ...error.details,
  })
}

/** Wraps a route handler: domain errors become their 4xx answer, anything else goes to Medusa. */
export function handleDomainErrors<Req, Res extends MedusaResponse>(handler: (req: Req, res: Res) => Promise<void>) {
  return async (req: Req, res: Res): Promise<void> => {
    try {
      await handler(req, res)
    } catch (error) {
      if (error instanceof DomainError) return sendDomainError(res, error)
      throw error
    }
  }
}
