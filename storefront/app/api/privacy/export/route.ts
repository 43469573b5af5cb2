import { TIMEOUT_MS } from "@/lib/backend"
import { sessionToken } from "@/lib/session"

export const dynamic = "force-dynamic"

/**
 * The signed-in customer's data as a file: commerce's export, fetched with
 * the session's token (which the browser cannot send) and passed on as the
 * download commerce names.
 */
export async function GET() {
  const token = await sessionToken()
  if (!token) return new Response(null, { status: 401 })
  let upstream: Response
  try {
    upstream = await fetch(new URL("/store/privacy/export", process.env.MEDUSA_URL ?? "http://localhost:9000"), {
      headers: { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "", authorization: `Bearer ${token}` },
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS * 2),
    })
  } catch {
    return new Response(null, { status: 502 })
  }
  if (!upstream.ok) return new Response(null, { status: upstream.status >= 500 ? 502 : upstream.status })
  return new Response(upstream.body, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": upstream.headers.get("content-disposition") ?? 'attachment; filename="doorstep-export.json"',
      "cache-control": "no-store",
    },
  })
}
