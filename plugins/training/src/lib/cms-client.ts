import { DomainError } from "@doorstep/appointments/api/domain-error"
import { callCms, CmsUnavailableError } from "@doorstep/content/lib/cms-client"

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
 * The cms's REST API through the content plugin's client. Public reads go
 * without the token, so the cms's own public rules (published only,
 * whitelisted populate, no answer keys) apply to what beauticians see;
 * contract routes (grading keys, trainers' figures) go with it. A network
 * error, a timeout or a 5xx is 503 `CMS_UNAVAILABLE`; other answers are the
 * caller's to read.
 */
export async function cmsRequest<T>(options: CmsOptions, path: string, init: { method?: "GET" | "PUT"; body?: unknown; withToken?: boolean } = {}): Promise<CmsAnswer<T>> {
  if (!options.url) throw cmsUnavailable()
  try {
    return await callCms<CmsAnswer<T>["body"]>(options, init.method ?? "GET", path, init.body, { anonymous: !init.withToken })
  } catch (error) {
    if (error instanceof CmsUnavailableError) throw cmsUnavailable()
    throw error
  }
}

/** `qs`-style query string, as Strapi reads it. */
export function query(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key).replace(/%5B/g, "[").replace(/%5D/g, "]")}=${encodeURIComponent(String(value))}`)
  return parts.length > 0 ? `?${parts.join("&")}` : ""
}
