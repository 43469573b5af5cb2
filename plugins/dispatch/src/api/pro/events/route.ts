import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamLiveEvents } from "@doorstep/appointments/lib/live-events"

/**
 * GET /pro/events — server-sent events for the signed-in beautician: `offer`
 * when a job is offered to them or an offer of theirs closes, `job` when one
 * of their jobs changes or is moved to or from them. Clients reload
 * `/pro/offers` or `/pro/jobs` on each.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = req.auth_context.actor_id
  await streamLiveEvents(req, res, (event) => {
    if (event.kind === "offer" && event.beautician_id === me) return { name: "offer", data: { offer_id: event.id, appointment_id: event.appointment_id, status: event.status } }
    if (event.kind === "appointment" && (event.beautician_id === me || event.previous_beautician_id === me)) {
      return { name: "job", data: { appointment_id: event.appointment_id, status: event.status, yours: event.beautician_id === me } }
    }
    return undefined
  })
}
