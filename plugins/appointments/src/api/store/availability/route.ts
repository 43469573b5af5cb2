import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { availableSlots, localDate, straightLineEstimator, toZonedIso } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE } from "../../../modules/appointment"
import type AppointmentModuleService from "../../../modules/appointment/service"
import { loadSchedules } from "../../../lib/schedules"
import { loadBookableVariant } from "../../../lib/services"
import { DomainError, handleDomainErrors } from "../../domain-error"
import { validated } from "../../validation"
import type { AvailabilityQuery } from "./validators"

/**
 * GET /store/availability — the starts a customer can book for a service at an
 * address, each with the beauticians who can take it.
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
  const variant = await loadBookableVariant(req.scope, input.variant_id)
  const now = Date.now()
  const schedules = await loadSchedules(appointments, {
    productId: variant.productId,
    window,
    now,
    beauticianId: input.beautician_id,
    near: input.beautician_id ? undefined : { lat: input.lat, lng: input.lng },
  })
  if (input.beautician_id && schedules.length === 0) {
    throw new DomainError(404, "BEAUTICIAN_NOT_FOUND", `No active beautician ${input.beautician_id} performs this service`)
  }
  const slots = availableSlots(
    schedules,
    {
      now,
      timezone: settings.timezone,
      window,
      durationMinutes: variant.durationMinutes,
      address: { location: { lat: input.lat, lng: input.lng }, district: input.district },
    },
    settings.slots,
    straightLineEstimator(settings.travel),
  )
  res.json({
    timezone: settings.timezone,
    slots: slots.map((slot) => ({
      start: toZonedIso(slot.start, settings.timezone),
      end: toZonedIso(slot.end, settings.timezone),
      beautician_ids: slot.beauticianIds,
    })),
  })
})
