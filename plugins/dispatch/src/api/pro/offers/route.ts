import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toZonedIso } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { offerDistances } from "../../../lib/offer-trip"
import { DISPATCH_MODULE, type DispatchModuleService } from "../../../modules/dispatch"

/**
 * GET /pro/offers — the signed-in beautician's open offers, soonest to expire
 * first. Before accepting they see when, how long, the trip (minutes and
 * straight-line km from where they would set out) and the district; the
 * street address and the customer come with the job.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const dispatch = req.scope.resolve<DispatchModuleService>(DISPATCH_MODULE)
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const offers = await dispatch.listOffers(
    { beautician_id: req.auth_context.actor_id, status: "pending", expires_at: { $gt: new Date() } },
    { order: { expires_at: "ASC" }, take: 50 },
  )
  const jobs = offers.length ? await appointments.listAppointments({ id: offers.map((o) => o.appointment_id) }) : []
  const byId = new Map(jobs.map((job) => [job.id, job]))
  const distances = await offerDistances(appointments, req.auth_context.actor_id, jobs)
  const timezone = appointments.bookingSettings().timezone
  res.json({
    offers: offers.flatMap((offer) => {
      const job = byId.get(offer.appointment_id)
      // A job cancelled meanwhile is no longer on offer; the expiry job closes its offer.
      if (!job || job.status !== "confirmed") return []
      const address = job.address as { district?: string; city?: string }
      return [
        {
          id: offer.id,
          appointment_id: job.id,
          variant_id: job.variant_id,
          start: toZonedIso(new Date(job.starts_at).getTime(), timezone),
          end: toZonedIso(new Date(job.ends_at).getTime(), timezone),
          travel_in_minutes: job.travel_in_minutes,
          distance_km: distances.get(job.id)!,
          district: address.district ?? null,
          city: address.city ?? null,
          expires_at: toZonedIso(new Date(offer.expires_at).getTime(), timezone),
        },
      ]
    }),
  })
}
