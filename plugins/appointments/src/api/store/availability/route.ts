import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { localDate, SlotSearch, straightLineEstimator, toZonedIso } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE } from "../../../modules/appointment"
import type AppointmentModuleService from "../../../modules/appointment/service"
import { bookingCandidates } from "../../../lib/roster"
import { inBatches, loadCalendars } from "../../../lib/schedules"
import { rememberedBookableVariant } from "../../../lib/services"
import { DomainError, handleDomainErrors } from "../../domain-error"
import { validated } from "../../validation"
import type { AvailabilityQuery } from "./validators"

/**
 * GET /store/availability — the starts a customer can book for a service at an
 * address, each with the nearest beauticians who can take it (at most
 * `beauticiansPerSlot`, nearest home first). Calendars are read nearest first,
 * in batches, until more could not change the answer, from memory kept up to
 * date with every commit (holds always read the database).
 */
export const GET = handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
  const input = validated<AvailabilityQuery>(req)
  const appointments = req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const settings = appointments.bookingSettings()
  let window
  try {
    window = localDate(settings.timezone, input.date, input.days)
  } catch {
    throw new DomainError(400, "INVALID_INPUT", `date: ${input.date} is not a calendar date`, "date")
  }
  const [variant, roster] = await Promise.all([
    rememberedBookableVariant(req.scope, input.variant_id),
    appointments.roster(),
  ])
  const address = { location: { lat: input.lat, lng: input.lng }, district: input.district }
  const candidates = bookingCandidates(roster, variant.productId, address, input.beautician_id, variant.merchantHandle)
  const now = Date.now()
  const query = { now, timezone: settings.timezone, window, durationMinutes: variant.durationMinutes, address }
  const search = new SlotSearch(query, settings.slots, straightLineEstimator(settings.travel), candidates, settings.beauticiansPerSlot)
  for (const batch of inBatches(candidates)) {
    if (search.settled) break
    for (const calendar of await loadCalendars(appointments, batch, window, now, { fromMemory: true })) search.examine(calendar)
  }
  res.json({
    timezone: settings.timezone,
    slots: search.slots().map((slot) => ({
      start: toZonedIso(slot.start, settings.timezone),
      end: toZonedIso(slot.end, settings.timezone),
      beautician_ids: slot.beauticianIds,
    })),
  })
})
