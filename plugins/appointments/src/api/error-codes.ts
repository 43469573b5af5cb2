import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Medusa answers some refusals itself without a `code`: its authentication
 * (401 `{ message: "Unauthorized" }`), its query and body validation
 * (400 `{ type: "invalid_data", message }`), its own routes' not_found and
 * not_allowed. Clients match on codes, so every error answer gets one, named
 * as the storefront (`refusal` in storefront/lib/api.ts) and the back office
 * (`statusCode` in admin/src/api.ts) already named these answers: Medusa's
 * type in capitals, invalid data as our validation's `INVALID_INPUT`, and by
 * status where Medusa gives no type. An answer that has a code keeps it.
 */
const CODE_BY_STATUS: Record<number, string> = { 400: "INVALID_INPUT", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND", 409: "CONFLICT", 429: "TOO_MANY_REQUESTS" }
const TYPE_BY_STATUS: Record<number, string> = { 400: "invalid_data", 401: "unauthorized", 403: "forbidden", 404: "not_found", 409: "conflict", 429: "too_many_requests" }

/** Medusa's authentication says only "Unauthorized"; the contract's words say what to do about it. */
const NOT_SIGNED_IN = "未登录或登录已过期 · Not signed in, or the token has expired"

type ErrorBody = { type?: unknown; code?: unknown; message?: unknown } & Record<string, unknown>

const isObject = (body: unknown): body is ErrorBody => typeof body === "object" && body !== null && !Array.isArray(body)

/** An error says what went wrong (`message`, `type`) or nothing at all; a report such as `/ready`'s 503 is left as it is. */
const isErrorShaped = (body: ErrorBody) => typeof body.message === "string" || typeof body.type === "string" || Object.keys(body).length === 0

/** The error body with a stable `code` (and a `type` and a message), or the body as it was when it needs none. */
export function withErrorCode(status: number, body: unknown): unknown {
  if (status < 400 || !isObject(body) || typeof body.code === "string" || !isErrorShaped(body)) return body
  const type = typeof body.type === "string" ? body.type : (TYPE_BY_STATUS[status] ?? "unknown_error")
  const code = typeof body.type === "string" ? (type === "invalid_data" ? "INVALID_INPUT" : type.toUpperCase()) : (CODE_BY_STATUS[status] ?? "UNKNOWN_ERROR")
  const said = typeof body.message === "string" && body.message.trim() ? body.message : undefined
  const message = status === 401 && (said === undefined || said === "Unauthorized") ? NOT_SIGNED_IN : (said ?? `${status}`)
  return { ...body, type, code, message }
}

/**
 * First on every request (first-middleware.ts): from then on, any JSON error the response sends carries
 * a code, whoever sends it (Medusa's authentication, its validation and error handler, a route).
 */
export function errorCodes(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const json = res.json
  res.json = (body?: unknown) => json.call(res, withErrorCode(res.statusCode, body))
  next()
}
