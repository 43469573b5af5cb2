import { backendFetch, TIMEOUT_MS } from "./backend"

const refused = (status: number, code: string) => Response.json({ code }, { status })

/**
 * A photo from the browser, passed on to commerce's `path` with the session's
 * token (which the browser cannot send): the multipart body streamed through
 * as it arrives (server actions take at most 1 MB, and a phone's photo is not
 * held here), and commerce's answer — the stored photo, or a refusal with its
 * `code` — back as it is. `/store` paths also carry the publishable key.
 */
export async function relayUpload(request: Request, path: string, token: string | undefined): Promise<Response> {
  if (!token) return refused(401, "UNAUTHORIZED")
  const type = request.headers.get("content-type") ?? ""
  if (!type.startsWith("multipart/form-data") || !request.body) return refused(400, "INVALID_UPLOAD")
  let upstream: Response
  try {
    upstream = await backendFetch(new URL(path, process.env.MEDUSA_URL ?? "http://localhost:9000"), {
      method: "POST",
      headers: {
        ...(path.startsWith("/store/") ? { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" } : {}),
        authorization: `Bearer ${token}`,
        "content-type": type,
      },
      body: request.body,
      // A streamed request body needs half-duplex in Node's fetch.
      duplex: "half",
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS * 4),
    } as RequestInit)
  } catch {
    return refused(502, "UNAVAILABLE")
  }
  const body = (await upstream.json().catch(() => ({}))) as { code?: unknown }
  if (upstream.status === 401) return refused(401, "UNAUTHORIZED")
  // A failure of commerce's own (no code of ours) is "try again later", whatever it said.
  if (upstream.status >= 500 && typeof body.code !== "string") return refused(502, "UNAVAILABLE")
  return Response.json(body, { status: upstream.status, headers: { "cache-control": "no-store" } })
}
