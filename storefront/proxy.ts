import { NextResponse, type NextRequest } from "next/server"
import { REQUEST_ID_HEADER, requestIdOf } from "./lib/request-id"
import { pagePolicy, sentOverHttps, STRICT_TRANSPORT_SECURITY } from "./lib/security-headers"
import { renewSessions } from "./lib/session-cookies"

/**
 * On the way to every page: a Content-Security-Policy with a nonce of this
 * request's own, which Next reads from the request's policy and puts on the
 * scripts it renders; HSTS where the storefront is served over HTTPS;
 * sign-ins close to expiring are renewed; and the request's `x-request-id`
 * (the incoming one when well formed, else a new one) is logged, answered,
 * and carried by the page's calls to commerce and the cms (lib/backend.ts). (Which locale a bare path is,
 * next.config.ts's rewrites decide.)
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64")
  const policy = pagePolicy(nonce)
  const requestId = requestIdOf(request.headers.get(REQUEST_ID_HEADER))
  console.log(`${request.method} ${request.nextUrl.pathname} [${requestId}]`)
  const headers = new Headers(request.headers)
  headers.set("content-security-policy", policy)
  headers.set(REQUEST_ID_HEADER, requestId)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set("content-security-policy", policy)
  response.headers.set(REQUEST_ID_HEADER, requestId)
  if (sentOverHttps()) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY)
  return renewSessions(request, response)
}

export const config = {
  matcher: ["/((?!_next/|api/|favicon.ico|robots.txt|.*\\.[a-z0-9]+$).*)"],
}
