import { NextResponse, type NextRequest } from "next/server"
import { renewSessions } from "./lib/session-cookies"

/**
 * On the way to every page, sign-ins close to expiring are renewed. (Which
 * locale a bare path is, next.config.ts's rewrites decide.)
 */
export async function proxy(request: NextRequest) {
  return renewSessions(request, NextResponse.next())
}

export const config = {
  matcher: ["/((?!_next/|api/|favicon.ico|robots.txt|.*\\.[a-z0-9]+$).*)"],
}
