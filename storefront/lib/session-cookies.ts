import type { NextRequest, NextResponse } from "next/server"

/**
 * The two sign-ins a phone may hold at once, each commerce's token in an
 * httpOnly cookie: a customer's, and a beautician's for the portal (kept
 * longer, since the portal stays signed in on a working phone).
 */
export const SESSIONS = {
  customer: { cookie: "doorstep_session", maxAge: 7 * 24 * 3600 },
  pro: { cookie: "doorstep_pro_session", maxAge: 30 * 24 * 3600 },
} as const

/** How a session cookie is set: httpOnly, this site only, secure where the storefront is served over https. */
export const sessionCookie = (maxAge: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  // Secure wherever the storefront is served over https (its public URL says so).
  secure: (process.env.STOREFRONT_URL ?? "").startsWith("https:"),
  path: "/",
  maxAge,
})

/** Commerce's tokens last a day; one with less than this left is traded for a fresh one while its owner uses the site. */
const RENEW_WITHIN_SECONDS = 12 * 3600

const expiresAt = (token: string): number | undefined => {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { exp?: unknown }
    return typeof payload.exp === "number" ? payload.exp : undefined
  } catch {
    return undefined
  }
}

/**
 * Renews the request's session tokens that are close to expiring (commerce's
 * `/auth/token/refresh`), setting the new ones on the response. A token that
 * has expired, or that commerce will not renew, is left as it is: the page
 * then asks its owner to sign in.
 */
export async function renewSessions(request: NextRequest, response: NextResponse): Promise<NextResponse> {
  const now = Date.now() / 1000
  for (const session of Object.values(SESSIONS)) {
    const token = request.cookies.get(session.cookie)?.value
    const exp = token ? expiresAt(token) : undefined
    if (!token || exp === undefined || exp <= now || exp - now > RENEW_WITHIN_SECONDS) continue
    try {
      const renewed = await fetch(new URL("/auth/token/refresh", process.env.MEDUSA_URL ?? "http://localhost:9000"), {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(3000),
      })
      const body = renewed.ok ? ((await renewed.json()) as { token?: unknown }) : {}
      if (typeof body.token === "string") response.cookies.set(session.cookie, body.token, sessionCookie(session.maxAge))
    } catch {
      // Commerce did not answer in time: the token still works for now, and the next page tries again.
    }
  }
  return response
}
