import { NextResponse, type NextRequest } from "next/server"
import { pagePolicy, sentOverHttps, STRICT_TRANSPORT_SECURITY } from "./lib/security-headers"
import { renewSessions } from "./lib/session-cookies"

/**
 * On the way to every page: a Content-Security-Policy with a nonce of this
 * request's own, which Next reads from the request's policy and puts on the
 * scripts it renders; HSTS where the storefront is served over HTTPS; and
 * sign-ins close to expiring are renewed. (Which locale a bare path is,
 * next.config.ts's rewrites decide.)
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64")
  const policy = pagePolicy(nonce)
  const headers = new Headers(request.headers)
  headers.set("content-security-policy", policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set("content-security-policy", policy)
  if (sentOverHttps()) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY)
  return renewSessions(request, response)
}

export const config = {
  matcher: ["/((?!_next/|api/|favicon.ico|robots.txt|.*\\.[a-z0-9]+$).*)"],
}
