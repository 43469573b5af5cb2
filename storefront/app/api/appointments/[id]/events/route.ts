import { eventStream } from "@/lib/api"
import { sessionToken } from "@/lib/session"

export const dynamic = "force-dynamic"

/** The signed-in customer's appointment status as it changes (commerce's stream, passed through with their token). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const token = await sessionToken()
  if (!token) return new Response(null, { status: 401 })
  return eventStream(`/store/appointments/${encodeURIComponent(id)}/events`, token, request.signal)
}
