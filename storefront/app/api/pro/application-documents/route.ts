import { TIMEOUT_MS } from "@/lib/backend"
import { proToken } from "@/lib/pro/session"

export const dynamic = "force-dynamic"

const refused = (status: number, code: string) => Response.json({ code }, { status })

/**
 * An applicant's ID or certificate photo, on its way to commerce with the
 * portal session's token (which the browser cannot send): the form's `file`
 * and `kind` as they came, commerce's answer (the photo's id, or the refusal's
 * code) as it went. Nothing of the photo stays here.
 */
export async function POST(request: Request) {
  const token = await proToken()
  if (!token) return refused(401, "UNAUTHORIZED")
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return refused(400, "INVALID_UPLOAD")
  }
  let upstream: Response
  try {
    upstream = await fetch(new URL("/pro/application/documents", process.env.MEDUSA_URL ?? "http://localhost:9000"), {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form,
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS * 4),
    })
  } catch {
    return refused(503, "UNAVAILABLE")
  }
  const body = (await upstream.json().catch(() => null)) as Record<string, unknown> | null
  if (upstream.status >= 500 || !body) return refused(503, "UNAVAILABLE")
  if (!upstream.ok) return refused(upstream.status, typeof body.code === "string" ? body.code : "UNKNOWN")
  return Response.json(body, { status: upstream.status })
}
