import { haversineKm, type AppointmentStatus, type GeoPoint } from "@doorstep/booking-core"
import type { AppointmentModuleService } from "@doorstep/appointments/modules/appointment"

const HOUR = 3_600_000
/** A job that ended longer ago than this before the offered one is not where the beautician sets out from: home is. */
const SAME_OUTING_MS = 12 * HOUR
/** Jobs that keep the beautician somewhere: they set out from the last of these before the offer. */
const ON_THE_ROAD: AppointmentStatus[] = ["confirmed", "assigned", "en_route", "arrived", "in_service", "completed"]

interface OfferedJob {
  id: string
  starts_at: Date | string
  lat: number
  lng: number
}

/**
 * How far each offered job is, in straight-line km (one decimal), from where
 * the beautician would set out for it: the address of their last job ending
 * before it within the same outing, else their home, as the travel estimate
 * does. Keyed by appointment id.
 */
export async function offerDistances(appointments: AppointmentModuleService, beauticianId: string, jobs: readonly OfferedJob[]): Promise<Map<string, number>> {
  if (jobs.length === 0) return new Map()
  const starts = jobs.map((job) => new Date(job.starts_at).getTime())
  const [[beautician], earlier] = await Promise.all([
    appointments.listBeauticians({ id: beauticianId }, { select: ["home_lat", "home_lng"] }),
    appointments.listAppointments(
      {
        beautician_id: beauticianId,
        status: ON_THE_ROAD,
        ends_at: { $gt: new Date(Math.min(...starts) - SAME_OUTING_MS), $lte: new Date(Math.max(...starts)) },
      },
      { select: ["id", "ends_at", "lat", "lng"], order: { ends_at: "DESC" } },
    ),
  ])
  const home: GeoPoint = { lat: beautician.home_lat, lng: beautician.home_lng }
  return new Map(
    jobs.map((job) => {
      const start = new Date(job.starts_at).getTime()
      const before = earlier.find((other) => other.id !== job.id && new Date(other.ends_at).getTime() <= start && new Date(other.ends_at).getTime() > start - SAME_OUTING_MS)
      const from = before ? { lat: before.lat, lng: before.lng } : home
      return [job.id, Math.round(haversineKm(from, { lat: job.lat, lng: job.lng }) * 10) / 10]
    }),
  )
}
