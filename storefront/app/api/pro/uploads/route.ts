import { TIMEOUT_MS } from "@/lib/backend"
import { proToken } from "@/lib/pro/session"

export const dynamic = "force-dynamic"

/**
 * A beautician's photo from the phone's camera or album, passed on to
 * commerce's `/pro/uploads` with the portal session's token (which the
 * browser cannot send). Server actions take at most 1 MB; photos are larger.
 * Commerce's answer (the stored file, or the refusal with its code) comes back as it is.
 */
export async function POST(request: Request) {
  const token = await proToken()
  if (!token) return Response.json({ code: "UNAUTHORIZED" }, { status: 401 })
  const purpose = new URL(request.url).searchParams.get("purpose") === "profile" ? "profile" : "job"
  let upstream: Response
  try {
    upstream = await fetch(new URL(`/pro/uploads?purpose=${purpose}`, process.env.MEDUSA_URL ?? "http://localhost:9000"), {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": request.headers.get("content-type") ?? "" },
      body: request.body,
      // A streamed request body needs half-duplex in Node's fetch.
      duplex: "half",
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS * 4),
    } as RequestInit)
  } catch {
    return Response.json({ code: "UNAVAILABLE" }, { status: 502 })
  }
  const body = await upstream.text()
  return new Response(body, { status: upstream.status >= 500 ? 502 : upstream.status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } })
}
