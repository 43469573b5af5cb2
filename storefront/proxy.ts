import { NextResponse, type NextRequest } from "next/server"
import { DEFAULT_LOCALE, isLocale } from "./lib/i18n"
import { renewSessions } from "./lib/session-cookies"

/**
 * Chinese lives at the bare paths (`/`, `/services/x`), English under `/en`:
 * bare paths are rewritten to the default locale's route. Paths that already
 * carry a locale pass through (the rewritten request comes back this way too).
 * On the way, sign-ins close to expiring are renewed.
 */
export async function proxy(request: NextRequest) {
  return renewSessions(request, route(request))
}

function route(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl
  if (isLocale(pathname.split("/")[1] ?? "")) return NextResponse.next()
  // A rewrite to another origin than the server's own is proxied over HTTP. `nextUrl` may name the
  // server `localhost` while the request came to 127.0.0.1 (where `next start -H 127.0.0.1` listens),
  // so the target keeps the address the request came to.
  const target = request.nextUrl.clone()
  target.pathname = `/${DEFAULT_LOCALE}${pathname === "/" ? "" : pathname}`
  const host = request.headers.get("host")
  if (host) target.host = host
  return NextResponse.rewrite(target)
}

export const config = {
  matcher: ["/((?!_next/|api/|favicon.ico|robots.txt|.*\\.[a-z0-9]+$).*)"],
}
