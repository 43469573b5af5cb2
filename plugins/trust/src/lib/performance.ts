import type { MedusaContainer } from "@medusajs/framework/types"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { DISPATCH_MODULE, type DispatchModuleService } from "@doorstep/dispatch/modules/dispatch"
import { SUPPORT_MODULE, type SupportModuleService } from "../modules/support"

const DAY = 24 * 3600_000
/** Arriving up to this long after the start still counts as on time (parking, the lift). */
export const PUNCTUALITY_GRACE_MINUTES = 5

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000)

/**
 * How a beautician has done over the last `days` days (B1/M4): their rating,
 * how many offers they took, how often they arrived on time, jobs done,
 * no-shows and cancellations, and complaints about them. Shares are 0–1, or
 * null when there is nothing to count yet.
 */
export async function beauticianPerformance(container: MedusaContainer, beauticianId: string, days: number, now = new Date()) {
  return (await beauticiansPerformance(container, [beauticianId], days, now)).get(beauticianId)!
}

/** The same for many beauticians at once (a studio's list), in a handful of queries whatever their number. */
export async function beauticiansPerformance(container: MedusaContainer, beauticianIds: string[], days: number, now = new Date()) {
  const since = new Date(now.getTime() - days * DAY)
  const ids = [...new Set(beauticianIds)]
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const none = ids.length === 0
  const [beauticians, jobs, acceptance, complaints] = await Promise.all([
    none ? [] : appointments.listBeauticians({ id: ids }, { select: ["id", "rating", "review_count"] }),
    none
      ? []
      : appointments.listAppointments(
          { beautician_id: ids, starts_at: { $gte: since }, status: ["completed", "no_show", "cancelled", "in_service", "arrived"] },
          { select: ["id", "beautician_id", "status", "starts_at"], take: 5000 * ids.length },
        ),
    container.resolve<DispatchModuleService>(DISPATCH_MODULE).acceptanceRates(ids, since),
    none ? [] : container.resolve<SupportModuleService>(SUPPORT_MODULE).listTickets({ beautician_id: ids, kind: "complaint", created_at: { $gte: since } }, { select: ["id", "beautician_id"] }),
  ])
  const served = jobs.filter((job) => job.status !== "cancelled" && job.status !== "no_show")
  const arrivals = served.length
    ? await appointments.listAppointmentEvents({ appointment_id: served.map((job) => job.id), status: "arrived" }, { select: ["appointment_id", "at"], take: 5000 * ids.length })
    : []
  const jobOf = new Map(served.map((job) => [job.id, job]))
  const reputation = new Map(beauticians.map((b) => [b.id, b]))
  return new Map(
    ids.map((id) => {
      const own = jobs.filter((job) => job.beautician_id === id)
      const ownArrivals = arrivals.filter((event) => jobOf.get(event.appointment_id)?.beautician_id === id)
      const onTime = ownArrivals.filter((event) => new Date(event.at).getTime() <= new Date(jobOf.get(event.appointment_id)!.starts_at).getTime() + PUNCTUALITY_GRACE_MINUTES * 60_000).length
      const count = (status: string) => own.filter((job) => job.status === status).length
      const rate = acceptance.get(id)
      return [
        id,
        {
          days,
          rating: reputation.get(id)?.rating ?? null,
          review_count: reputation.get(id)?.review_count ?? 0,
          acceptance_rate: rate === undefined ? null : Math.round(rate * 1000) / 1000,
          punctuality: share(onTime, ownArrivals.length),
          cancellation_rate: share(count("cancelled"), own.length),
          jobs: { completed: count("completed"), no_show: count("no_show"), cancelled: count("cancelled") },
          complaints: complaints.filter((ticket) => ticket.beautician_id === id).length,
        },
      ] as const
    }),
  )
}
