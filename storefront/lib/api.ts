import { doorstepClient, type DoorstepClient, type paths } from "@doorstep/api"
import { BackendUnavailableError, backendFetch, TIMEOUT_MS } from "./backend"

/**
 * Calls to commerce for a signed-in customer's work (sign-in, addresses, holds,
 * carts, payments, appointments). Our own routes go through the typed client
 * generated from the OpenAPI document; Medusa's own (auth, customers, carts,
 * payment collections) through `medusa`, which keeps our error `code` (the
 * Medusa JS SDK drops it, and the pages map errors by their code).
 *
 * Either way the answer is `{ ok: true, data }` or `{ ok: false, status, code,
 * message }`; a commerce that cannot be reached, or a 5xx without a code,
 * throws BackendUnavailableError.
 */
export type Answer<T> = { ok: true; data: T } | Refusal
export interface Refusal {
  ok: false
  status: number
  code: string
  message: string
  field?: string
  /** The whole error body: some carry what helps the next step (`retry_after_seconds`, `available_fen`). */
  details: Record<string, unknown>
}

/** The JSON a typed route answers with on success (its 200, else its 201). */
export type JsonOf<P extends keyof paths, M extends "get" | "post" | "put" | "delete"> = paths[P][M] extends { responses: { 200: { content: { "application/json": infer T } } } }
  ? T
  : paths[P][M] extends { responses: { 201: { content: { "application/json": infer T } } } }
    ? T
    : never

const baseUrl = () => process.env.MEDUSA_URL ?? "http://localhost:9000"
const publishableKey = () => process.env.MEDUSA_PUBLISHABLE_KEY ?? ""

/** Our store routes, as the customer holding `token` (or anyone). */
export const store = (token?: string): DoorstepClient =>
  doorstepClient({
    baseUrl: baseUrl(),
    publishableKey: publishableKey(),
    token: () => token,
    fetch: (input) => backendFetch(input, { signal: AbortSignal.timeout(TIMEOUT_MS) }),
  })

/** Our `/pro` routes, as the beautician holding `token`. */
export const pro = (token: string): DoorstepClient => store(token)

function refusal(status: number, body: unknown, where: string): Refusal {
  const error = (typeof body === "object" && body ? body : {}) as { code?: unknown; type?: unknown; message?: unknown; field?: unknown }
  // Medusa's own errors carry `type` (not_found, invalid_data, unauthorized…) where ours carry `code`.
  const code = typeof error.code === "string" ? error.code : typeof error.type === "string" ? error.type.toUpperCase() : undefined
  if (status >= 500 || !code) {
    if (status === 401) return { ok: false, status, code: "UNAUTHORIZED", message: String(error.message ?? "Unauthorized"), details: {} }
    throw new BackendUnavailableError("commerce", `${status} from ${where}`)
  }
  return { ok: false, status, code, message: String(error.message ?? code), ...(typeof error.field === "string" ? { field: error.field } : {}), details: error as Record<string, unknown> }
}

/** One call to a typed route: what `store(token).GET(...)` and friends resolve to, as an Answer. */
export async function answer<T>(where: string, call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Answer<T>> {
  let result: Awaited<typeof call>
  try {
    result = await call
  } catch (error) {
    throw new BackendUnavailableError("commerce", `${(error as Error).message} (${where})`)
  }
  if (result.response.ok) return { ok: true, data: result.data as T }
  return refusal(result.response.status, result.error, where)
}

/** One call to Medusa's own routes (`/auth/...`, `/store/customers/...`, `/store/carts/...`). */
export async function medusa<T>(
  path: string,
  init: { method?: "GET" | "POST" | "DELETE"; body?: unknown; token?: string; query?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const url = new URL(path, baseUrl())
  for (const [name, value] of Object.entries(init.query ?? {})) url.searchParams.set(name, value)
  let response: Response
  try {
    response = await backendFetch(url, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: {
        "x-publishable-api-key": publishableKey(),
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (error) {
    throw new BackendUnavailableError("commerce", `${(error as Error).message} (${path})`)
  }
  const body = await response.json().catch(() => undefined)
  if (response.ok) return { ok: true, data: body as T }
  return refusal(response.status, body, path)
}

/**
 * A server-sent event stream from commerce, for the browser (which cannot send
 * the session's token itself); it ends when the browser goes away.
 */
export async function eventStream(path: string, token: string, signal: AbortSignal): Promise<Response> {
  try {
    const upstream = await backendFetch(new URL(path, baseUrl()), {
      headers: { "x-publishable-api-key": publishableKey(), authorization: `Bearer ${token}`, accept: "text/event-stream" },
      cache: "no-store",
      signal,
    })
    if (!upstream.ok || !upstream.body) return new Response(null, { status: upstream.status >= 500 || upstream.ok ? 502 : upstream.status })
    return new Response(upstream.body, { headers: { "content-type": "text/event-stream", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" } })
  } catch {
    return new Response(null, { status: 502 })
  }
}

/**
 * A file commerce makes for the signed-in person (a data export, a monthly
 * statement), fetched with their token, which the browser cannot send, and
 * passed on as the download commerce names.
 */
export async function fileFromCommerce(path: string, token: string, fallback: { contentType: string; filename: string }): Promise<Response> {
  let upstream: Response
  try {
    upstream = await backendFetch(new URL(path, baseUrl()), {
      headers: { "x-publishable-api-key": publishableKey(), authorization: `Bearer ${token}` },
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS * 2),
    })
  } catch {
    return new Response(null, { status: 502 })
  }
  if (!upstream.ok) return new Response(null, { status: upstream.status >= 500 ? 502 : upstream.status })
  return new Response(upstream.body, {
    headers: {
      "content-type": upstream.headers.get("content-type") ?? fallback.contentType,
      "content-disposition": upstream.headers.get("content-disposition") ?? `attachment; filename="${fallback.filename}"`,
      "cache-control": "no-store",
    },
  })
}
