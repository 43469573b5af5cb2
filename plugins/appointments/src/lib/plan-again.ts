import type { Context, MedusaContainer } from "@medusajs/framework/types"
import { planVisit, servesAddress, straightLineEstimator, type VisitPlan } from "@doorstep/booking-core"
import type AppointmentModuleService from "../modules/appointment/service"
import type { AppointmentRow } from "../modules/appointment/service"
import { loadCalendars, planRow } from "./schedules"
import { loadBookableVariant } from "./services"

const MINUTE = 60_000

/**
 * Plans an existing appointment again at `start` — same address, service and
 * length, with its own beautician or `beauticianId` — and hands the plan to
 * `write` inside that beautician's calendar lock, so it sees every booking
 * made before it. The appointment does not stand in its own way. Resolves to
 * false when the beautician does not perform the service, does not come to the
 * address, or is not free then; nothing is written.
 */
export async function planAgain(
  container: MedusaContainer,
  appointments: AppointmentModuleService,
  appointment: AppointmentRow,
  start: number,
  now: number,
  write: (row: ReturnType<typeof planRow>, context: Context) => Promise<void>,
  beauticianId: string = appointment.beautician_id,
): Promise<boolean> {
  const settings = appointments.bookingSettings()
  const variant = await loadBookableVariant(container, appointment.variant_id)
  const durationMinutes = (new Date(appointment.ends_at).getTime() - new Date(appointment.starts_at).getTime()) / MINUTE
  const beautician = (await appointments.roster()).performing(variant.productId, beauticianId, variant.merchantHandle)
  const address = { location: { lat: appointment.lat, lng: appointment.lng }, district: (appointment.address as { district?: string }).district }
  if (!beautician || !servesAddress(beautician, address)) return false
  const window = { start, end: start + durationMinutes * MINUTE }
  return await appointments.withCalendarLocked(beautician.id, async (context) => {
    const [schedule] = await loadCalendars(appointments, [beautician], window, now, { context })
    const calendar = { ...schedule, visits: schedule.visits.filter((visit) => visit.id !== appointment.id) }
    const plan: VisitPlan | undefined = planVisit(calendar, start, durationMinutes, address, settings.slots, straightLineEstimator(settings.travel))
    if (!plan) return false
    await write(planRow(plan), context)
    return true
  })
}
