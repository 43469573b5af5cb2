import type { BeauticianSchedule, BookedVisit, TimeRange } from "@doorstep/booking-core"
import { ACTIVE_STATUSES } from "../modules/appointment/models/appointment"
import type AppointmentModuleService from "../modules/appointment/service"

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

type StoredAppointment = Awaited<ReturnType<AppointmentModuleService["listAppointments"]>>[number]

/** A stored appointment as the calendar sees it; its travel in is recomputed from its neighbours. */
export function toBookedVisit(appointment: StoredAppointment): BookedVisit {
  const start = new Date(appointment.starts_at).getTime()
  const end = new Date(appointment.ends_at).getTime()
  return {
    id: appointment.id,
    start,
    end,
    location: { lat: appointment.lat, lng: appointment.lng },
    bufferBeforeMinutes: (start - new Date(appointment.blocked_from).getTime()) / MINUTE - appointment.travel_in_minutes,
    bufferAfterMinutes: (new Date(appointment.blocked_until).getTime() - end) / MINUTE,
  }
}

/** Holds past their expiry no longer occupy anything, even before the expiry job marks them. */
export const isLive = (appointment: StoredAppointment, now: number) =>
  appointment.status !== "held" || (appointment.expires_at !== null && new Date(appointment.expires_at).getTime() > now)

/**
 * Everything the slot rules need about the active beauticians who perform a
 * service, for the instants around `window`.
 */
export async function loadSchedules(
  appointments: AppointmentModuleService,
  input: { productId: string; window: TimeRange; now: number; beauticianId?: string },
): Promise<BeauticianSchedule[]> {
  const beauticians = (
    await appointments.listBeauticians(
      { status: "active", ...(input.beauticianId ? { id: input.beauticianId } : {}) },
      { relations: ["working_hours"] },
    )
  ).filter((beautician) => beautician.skill_product_ids.includes(input.productId))
  if (beauticians.length === 0) return []

  const ids = beauticians.map((b) => b.id)
  const reach = { $lt: new Date(input.window.end + DAY) }
  const from = { $gt: new Date(input.window.start - DAY) }
  const [timeOff, booked] = await Promise.all([
    appointments.listTimeOffs({ beautician_id: ids, starts_at: reach, ends_at: from }),
    appointments.listAppointments({ beautician_id: ids, status: [...ACTIVE_STATUSES], blocked_from: reach, blocked_until: from }),
  ])

  return beauticians.map((beautician) => ({
    id: beautician.id,
    home: { lat: beautician.home_lat, lng: beautician.home_lng },
    serviceRadiusKm: beautician.service_radius_km,
    districts: beautician.service_districts ?? undefined,
    hours: {
      timezone: beautician.timezone,
      weekly: beautician.working_hours.map((w) => ({
        weekday: w.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7,
        start: w.start_time,
        end: w.end_time,
      })),
    },
    timeOff: timeOff
      .filter((t) => t.beautician_id === beautician.id)
      .map((t) => ({ start: new Date(t.starts_at).getTime(), end: new Date(t.ends_at).getTime() })),
    visits: booked.filter((a) => a.beautician_id === beautician.id && isLive(a, input.now)).map(toBookedVisit),
  }))
}
