import { isWithinRadius, type GeoPoint } from "./geo"
import type { TimeRange } from "./time-range"
import type { WorkingHours } from "./working-hours"

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** An appointment already on a beautician's calendar. */
export interface BookedVisit {
  id?: string
  start: number
  end: number
  location: GeoPoint
  bufferBeforeMinutes: number
  bufferAfterMinutes: number
}

export interface BeauticianSchedule {
  id: string
  home: GeoPoint
  serviceRadiusKm: number
  /** When present, the address's district must be one of these as well. */
  districts?: string[]
  hours: WorkingHours
  timeOff: TimeRange[]
  visits: BookedVisit[]
}

export interface SlotRules {
  stepMinutes: number
  minNoticeMinutes: number
  maxDaysAhead: number
  /** Preparation at the address before the service starts. */
  bufferBeforeMinutes: number
  /** Packing up and cleaning after the service ends. */
  bufferAfterMinutes: number
}

export const DEFAULT_SLOT_RULES: SlotRules = {
  stepMinutes: 30,
  minNoticeMinutes: 60,
  maxDaysAhead: 14,
  bufferBeforeMinutes: 10,
  bufferAfterMinutes: 10,
}

export interface ServiceAddress {
  location: GeoPoint
  district?: string
}

/** One beautician's visit at one start: what it blocks on their calendar. */
export interface VisitPlan {
  start: number
  end: number
  /** Travel in, buffers and the service: the range stored under the no-overlap constraint. */
  blocked: TimeRange
  travelInMinutes: number
  /** To the next visit or home; checked here, counted in the next visit's travel in. */
  travelOutMinutes: number
  /**
   * The visit that now follows this one, whose travel in starts from this address:
   * its blocked range must start at `blockedFrom` once this visit is booked.
   */
  nextVisit?: { id?: string; blockedFrom: number }
}

export interface Slot {
  start: number
  end: number
  beauticianIds: string[]
}

/** The part of `window` a customer may book at `now`: after the notice, before the horizon. */
export function bookableWindow(rules: SlotRules, now: number, window: TimeRange): TimeRange {
  return {
    start: Math.max(window.start, now + rules.minNoticeMinutes * MINUTE),
    end: Math.min(window.end, now + rules.maxDaysAhead * DAY),
  }
}

/** Where a beautician goes: within a radius of home, and in one of their districts when they list any. */
export type ServiceArea = Pick<BeauticianSchedule, "home" | "serviceRadiusKm" | "districts">

export function servesAddress(area: ServiceArea, address: ServiceAddress): boolean {
  return isWithinRadius(area.home, area.serviceRadiusKm, address.location) && servesDistrict(area, address)
}

/** The district half of `servesAddress`, for callers that measured the distance already. */
export function servesDistrict(area: Pick<ServiceArea, "districts">, address: ServiceAddress): boolean {
  if (!area.districts || area.districts.length === 0) return true
  return address.district !== undefined && area.districts.includes(address.district)
}

export interface AvailabilityQuery {
  now: number
  /** The zone whose wall clock the slot grid follows (the customer's city). */
  timezone: string
  window: TimeRange
  durationMinutes: number
  address: ServiceAddress
}

