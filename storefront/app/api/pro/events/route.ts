import { eventStream } from "@/lib/api"
import { proToken } from "@/lib/pro/session"

export const dynamic = "force-dynamic"

/** The signed-in beautician's offers and jobs as they change (commerce's stream, passed through with their token). */
export async function GET(request: Request) {
  const token = await proToken()
  if (!token) return new Response(null, { status: 401 })
  return eventStream("/pro/events", token, request.signal)
}
