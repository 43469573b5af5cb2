import type { MedusaContainer } from "@medusajs/framework/types"
import { localDate, SlotSearch, straightLineEstimator, toZonedIso } from "@doorstep/booking-core"
import { DomainError } from "../api/domain-error"
import { APPOINTMENT_MODULE } from "../modules/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import { bookingCandidates } from "./roster"
import { inBatches, loadCalendars } from "./schedules"
import { rememberedBookableVariant } from "./services"

export interface FreeStartsQuery {
  variantId: string
  lat: number
  lng: number
  district?: string
  /** Only this beautician's starts (404 `BEAUTICIAN_NOT_FOUND` when they do not perform the service). */
  beauticianId?: string
  /** The first day, YYYY-MM-DD in the platform's zone, and how many days from it. */
  date: string
  days: number
}

export interface FreeStart {
  start: string
  end: string
  beautician_ids: string[]
}

/**
 * The starts a customer can book for a service at an address, each with the
 * nearest beauticians who can take it (at most `beauticiansPerSlot`, nearest
 * home first). Calendars are read nearest first, in batches, until more could
 * not change the answer, from memory kept up to date with every commit (holds
 * always read the database).
 */
export async function freeStarts(container: MedusaContainer, query: FreeStartsQuery, now = Date.now()): Promise<{ timezone: string; slots: FreeStart[] }> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const settings = appointments.bookingSettings()
  let window
  try {
    window = localDate(settings.timezone, query.date, query.days)
  } catch {
    throw new DomainError(400, "INVALID_INPUT", `date: ${query.date} is not a calendar date`, "date")
  }
  const [variant, roster] = await Promise.all([rememberedBookableVariant(container, query.variantId), appointments.roster()])
  const address = { location: { lat: query.lat, lng: query.lng }, district: query.district }
  const candidates = bookingCandidates(roster, variant.productId, address, query.beauticianId, variant.merchantHandle)
  const search = new SlotSearch(
    { now, timezone: settings.timezone, window, durationMinutes: variant.durationMinutes, address },
    settings.slots,
    straightLineEstimator(settings.travel),
    candidates,
    settings.beauticiansPerSlot,
  )
  for (const batch of inBatches(candidates)) {
    if (search.settled) break
    for (const calendar of await loadCalendars(appointments, batch, window, now, { fromMemory: true })) search.examine(calendar)
  }
  return {
    timezone: settings.timezone,
    slots: search.slots().map((slot) => ({
      start: toZonedIso(slot.start, settings.timezone),
      end: toZonedIso(slot.end, settings.timezone),
      beautician_ids: slot.beauticianIds,
    })),
  }
}
