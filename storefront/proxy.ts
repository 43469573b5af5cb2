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
  // A rewrite to another origin than the server's own is proxied over HTTP, and such a proxied
  // request now and then meets a reset connection. `request.url` is the server's own address (the
  // hostname and port it listens on, whatever Host the browser sent; `nextUrl` renames 127.0.0.1 to
  // localhost), so a target built on it stays inside the server.
  const target = new URL(request.url)
  target.pathname = `/${DEFAULT_LOCALE}${pathname === "/" ? "" : pathname}`
  return NextResponse.rewrite(target)
}

export const config = {
  matcher: ["/((?!_next/|api/|favicon.ico|robots.txt|.*\\.[a-z0-9]+$).*)"],
}
