import { DomainError } from "@doorstep/appointments/api/domain-error"

/** Where the cms is and commerce's key to it (CMS_URL, CMS_API_TOKEN). */
export interface CmsOptions {
  url: string
  token: string
  /** Abandon a cms request after this long (default 5 s). */
  timeoutMs?: number
}

export interface CmsAnswer<T> {
  status: number
  body: { data?: T; error?: { status: number; code?: string; message?: string } } | null
}

export const cmsUnavailable = () => new DomainError(503, "CMS_UNAVAILABLE", "课程服务暂时不可用，请稍后再试 · Training content is unavailable right now; please try again shortly")

/**
 * A small fetch wrapper for the cms's REST API. Public reads go without the
 * token, so the cms's own public rules (published only, whitelisted
 * populate, no answer keys) apply to what beauticians see; contract routes
 * (grading keys, trainers' figures) go with it. A network error, a timeout or
 * a 5xx is 503 `CMS_UNAVAILABLE`; other answers are the caller's to read.
 */
export async function cmsRequest<T>(options: CmsOptions, path: string, init: { method?: "GET" | "PUT"; body?: unknown; withToken?: boolean } = {}): Promise<CmsAnswer<T>> {
  if (!options.url) throw cmsUnavailable()
  let response: Response
  try {
    response = await fetch(`${options.url.replace(/\/$/, "")}${path}`, {
      method: init.method ?? "GET",
      headers: {
        accept: "application/json",
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
        ...(init.withToken ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
    })
  } catch {
    throw cmsUnavailable()
  }
  if (response.status >= 500) throw cmsUnavailable()
  const body = (await response.json().catch(() => null)) as CmsAnswer<T>["body"]
  return { status: response.status, body }
}

/** `qs`-style query string, as Strapi reads it. */
export function query(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key).replace(/%5B/g, "[").replace(/%5D/g, "]")}=${encodeURIComponent(String(value))}`)
  return parts.length > 0 ? `?${parts.join("&")}` : ""
}
