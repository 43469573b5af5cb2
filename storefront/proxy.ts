import { NextResponse, type NextRequest } from "next/server"
import { DEFAULT_LOCALE, isLocale } from "./lib/i18n"

/**
 * Chinese lives at the bare paths (`/`, `/services/x`), English under `/en`:
 * bare paths are rewritten to the default locale's route. Paths that already
 * carry a locale pass through (the rewritten request comes back this way too).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (isLocale(pathname.split("/")[1] ?? "")) return NextResponse.next()
  // Cloning keeps the server's own origin, so the rewrite stays internal.
  const target = request.nextUrl.clone()
  target.pathname = `/${DEFAULT_LOCALE}${pathname === "/" ? "" : pathname}`
  return NextResponse.rewrite(target)
}

export const config = {
  matcher: ["/((?!_next/|api/|favicon.ico|robots.txt|.*\\.[a-z0-9]+$).*)"],
}
