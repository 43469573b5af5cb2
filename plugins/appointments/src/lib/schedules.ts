import { haversineKm, occupiesCalendar, type BeauticianSchedule, type BookedVisit, type GeoPoint, type TimeRange, type VisitPlan, type WeeklyWindow } from "@doorstep/booking-core"
import type AppointmentModuleService from "../modules/appointment/service"
import type { OccupyingRow } from "../modules/appointment/service"

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

type Occupying = Pick<OccupyingRow, "id" | "starts_at" | "ends_at" | "blocked_from" | "blocked_until" | "travel_in_minutes" | "lat" | "lng">

/** A stored appointment as the calendar sees it; its travel in is recomputed from its neighbours. */
export function toBookedVisit(appointment: Occupying): BookedVisit {
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
export const isLive = (appointment: { status: string; expires_at: Date | string | null }, now: number) =>
  occupiesCalendar({ status: appointment.status, expiresAt: appointment.expires_at === null ? null : new Date(appointment.expires_at).getTime() }, now)

/**
 * Everything the slot rules need about the active beauticians who perform a
 * service, for the instants around `window`.
 */
/** No beautician's service area reaches further; lets the database skip the rest of the city. */
export const MAX_SERVICE_RADIUS_KM = 30

/** A box around `point` that holds every home within `radiusKm` of it. */
function boundingBox(point: GeoPoint, radiusKm: number) {
  const dLat = radiusKm / 110.574
  const dLng = radiusKm / (111.32 * Math.cos((point.lat * Math.PI) / 180))
  return { minLat: point.lat - dLat, maxLat: point.lat + dLat, minLng: point.lng - dLng, maxLng: point.lng + dLng }
}

export async function loadSchedules(
  appointments: AppointmentModuleService,
  input: { productId: string; window: TimeRange; now: number; beauticianId?: string; near?: GeoPoint },
): Promise<BeauticianSchedule[]> {
  const eligible = await appointments.listEligible({
    productId: input.productId,
    beauticianId: input.beauticianId,
    box: input.near ? boundingBox(input.near, MAX_SERVICE_RADIUS_KM) : undefined,
  })
  // Only calendars that can matter are read: the address must be inside the beautician's own radius.
  const beauticians = input.near
    ? eligible.filter((b) => haversineKm({ lat: b.home_lat, lng: b.home_lng }, input.near!) <= b.service_radius_km)
    : eligible
  if (beauticians.length === 0) return []

  const ids = beauticians.map((b) => b.id)
  const from = new Date(input.window.start - DAY)
  const until = new Date(input.window.end + DAY)
  const [timeOff, booked] = await Promise.all([
    appointments.listTimeOffs({ beautician_id: ids, starts_at: { $lt: until }, ends_at: { $gt: from } }),
    appointments.listOccupying(ids, from, until),
  ])

  return beauticians.map((beautician) => ({
    id: beautician.id,
    home: { lat: beautician.home_lat, lng: beautician.home_lng },
    serviceRadiusKm: beautician.service_radius_km,
    districts: beautician.service_districts ?? undefined,
    hours: { timezone: beautician.timezone, weekly: beautician.weekly as WeeklyWindow[] },
    timeOff: timeOff
      .filter((t) => t.beautician_id === beautician.id)
      .map((t) => ({ start: new Date(t.starts_at).getTime(), end: new Date(t.ends_at).getTime() })),
    visits: booked.filter((a) => a.beautician_id === beautician.id && isLive(a, input.now)).map(toBookedVisit),
  }))
}

/** What booking a plan writes: the visit's times, its blocked range, and the following visit's new start of travel. */
export function planRow(plan: VisitPlan) {
  return {
    starts_at: new Date(plan.start),
    ends_at: new Date(plan.end),
    blocked_from: new Date(plan.blocked.start),
    blocked_until: new Date(plan.blocked.end),
    travel_in_minutes: plan.travelInMinutes,
    ...(plan.nextVisit?.id ? { next_visit: { id: plan.nextVisit.id, blocked_from: new Date(plan.nextVisit.blockedFrom) } } : {}),
  }
}
