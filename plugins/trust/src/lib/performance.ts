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
  const since = new Date(now.getTime() - days * DAY)
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const [beautician] = await appointments.listBeauticians({ id: beauticianId }, { select: ["id", "rating", "review_count"] })
  const jobs = await appointments.listAppointments(
    { beautician_id: beauticianId, starts_at: { $gte: since }, status: ["completed", "no_show", "cancelled", "in_service", "arrived"] },
    { select: ["id", "status", "starts_at"], take: 5000 },
  )
  const served = jobs.filter((job) => job.status !== "cancelled" && job.status !== "no_show")
  const arrivals = served.length
    ? await appointments.listAppointmentEvents({ appointment_id: served.map((job) => job.id), status: "arrived" }, { select: ["appointment_id", "at"], take: 5000 })
    : []
  const startOf = new Map(served.map((job) => [job.id, new Date(job.starts_at).getTime()]))
  const onTime = arrivals.filter((event) => new Date(event.at).getTime() <= startOf.get(event.appointment_id)! + PUNCTUALITY_GRACE_MINUTES * 60_000).length
  const acceptance = (await container.resolve<DispatchModuleService>(DISPATCH_MODULE).acceptanceRates([beauticianId], since)).get(beauticianId)
  const complaints = await container.resolve<SupportModuleService>(SUPPORT_MODULE).listTickets({ beautician_id: beauticianId, kind: "complaint", created_at: { $gte: since } }, { select: ["id"] })
  const count = (status: string) => jobs.filter((job) => job.status === status).length
  return {
    days,
    rating: beautician?.rating ?? null,
    review_count: beautician?.review_count ?? 0,
    acceptance_rate: acceptance === undefined ? null : Math.round(acceptance * 1000) / 1000,
    punctuality: share(onTime, arrivals.length),
    jobs: { completed: count("completed"), no_show: count("no_show"), cancelled: count("cancelled") },
    complaints: complaints.length,
  }
}
