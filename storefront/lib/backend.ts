import { headers as requestHeaders } from "next/headers"
import { unstable_rethrow } from "next/navigation"
import { REQUEST_ID_HEADER, wellFormed } from "./request-id"

/** A backend (commerce or cms) could not answer; pages show a clear error state for it. */
export class BackendUnavailableError extends Error {
  constructor(
    readonly backend: "commerce" | "cms",
    detail: string,
  ) {
    super(`${backend} unavailable: ${detail}`)
  }
}

/** What `read` gives, or null (logged) when a backend could not answer: the page shows its error state instead. */
export async function unlessUnavailable<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read
  } catch (error) {
    if (!(error instanceof BackendUnavailableError)) throw error
    console.error(error.message)
    return null
  }
}

/** How long any call to a backend may take before the page says it could not answer. */
export const TIMEOUT_MS = 8000

/**
 * The header for a call to commerce or the cms: the id proxy.ts gave this
 * request (routes under /api, which the proxy skips, pass on only a
 * well-formed one of the client's); nothing outside a request (a build).
 */
export async function requestIdHeader(): Promise<Record<string, string>> {
  try {
    const id = (await requestHeaders()).get(REQUEST_ID_HEADER)
    return wellFormed(id) ? { [REQUEST_ID_HEADER]: id } : {}
  } catch (error) {
    // Next's own signals (a page found to be dynamic) must go on; only "no request here" means no id.
    unstable_rethrow(error)
    return {}
  }
}

/**
 * fetch for every server-side call to commerce or the cms: never cached, and
 * carrying this page view's `x-request-id`, so one id finds the view in the
 * storefront's, commerce's and the cms's logs.
 */
export async function backendFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(input instanceof Request ? input.headers : undefined)
  new Headers(init.headers).forEach((value, name) => headers.set(name, value))
  for (const [name, value] of Object.entries(await requestIdHeader())) headers.set(name, value)
  return fetch(input, { cache: "no-store", ...init, headers })
}

/** GET JSON from a backend; network failures and non-2xx answers become BackendUnavailableError. */
export async function getJson<T>(backend: "commerce" | "cms", url: string, headers: Record<string, string> = {}): Promise<T> {
  let response: Response
  try {
    response = await backendFetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) })
  } catch (error) {
    throw new BackendUnavailableError(backend, (error as Error).message)
  }
  if (!response.ok) throw new BackendUnavailableError(backend, `${response.status} from ${new URL(url).pathname}`)
  return (await response.json()) as T
}

/** For server actions: a backend that cannot answer is the `UNAVAILABLE` refusal, which forms show like any other. */
export async function unlessDown<T extends { ok: boolean }>(work: () => Promise<T>): Promise<T | { ok: false; code: "UNAVAILABLE" }> {
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof BackendUnavailableError)) throw error
    console.error(error.message)
    return { ok: false, code: "UNAVAILABLE" }
  }
}
