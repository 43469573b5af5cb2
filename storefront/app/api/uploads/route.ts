import { TIMEOUT_MS } from "@/lib/backend"
import { sessionToken } from "@/lib/session"

export const dynamic = "force-dynamic"

const refused = (status: number, code: string) => Response.json({ code }, { status })

/**
 * POST a review photo (multipart, one `file`) as the signed-in customer: the
 * body goes on to commerce's `POST /store/uploads` untouched, with the
 * session's token (which the browser cannot send), and commerce's answer —
 * `{ file }`, or a refusal with its `code` — comes back as it is.
 */
export async function POST(request: Request) {
  const token = await sessionToken()
  if (!token) return refused(401, "UNAUTHORIZED")
  const type = request.headers.get("content-type") ?? ""
  if (!type.startsWith("multipart/form-data") || !request.body) return refused(400, "INVALID_UPLOAD")
  let upstream: Response
  try {
    upstream = await fetch(new URL("/store/uploads", process.env.MEDUSA_URL ?? "http://localhost:9000"), {
      method: "POST",
      headers: { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "", authorization: `Bearer ${token}`, "content-type": type },
      body: request.body,
      // Streamed through as it arrives: a phone's photo is not held here first.
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
