import { newlyOrphanedVisits, toZonedIso, type DateOverride, type LocalWindow, type TimeRange, type WeeklyWindow, type WorkingHours } from "@doorstep/booking-core"
import { DomainError } from "../api/domain-error"
import { ACTIVE_STATUSES } from "../modules/appointment/models/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import { isLive } from "./schedules"

type Beautician = Awaited<ReturnType<AppointmentModuleService["listBeauticians"]>>[number]

export async function loadBeautician(appointments: AppointmentModuleService, id: string): Promise<Beautician> {
  const [beautician] = await appointments.listBeauticians({ id }, { relations: ["working_hours", "date_overrides"] })
  if (!beautician) throw new DomainError(404, "BEAUTICIAN_NOT_FOUND", `No beautician ${id}`)
  return beautician
}

export const weeklyOf = (beautician: Beautician): WeeklyWindow[] =>
  beautician.working_hours.map((w) => ({ weekday: w.weekday as WeeklyWindow["weekday"], start: w.start_time, end: w.end_time }))

export const overridesOf = (beautician: Beautician): DateOverride[] =>
  beautician.date_overrides
    .map((o) => ({ date: o.date, windows: o.windows as unknown as LocalWindow[] }))
    .sort((a, b) => a.date.localeCompare(b.date))

const hoursOf = (beautician: Beautician, change: Partial<Pick<WorkingHours, "weekly" | "overrides">> = {}): WorkingHours => ({
  timezone: beautician.timezone,
  weekly: change.weekly ?? weeklyOf(beautician),
  overrides: change.overrides ?? overridesOf(beautician),
})

/**
 * Refuses a schedule that would leave booked visits outside working time, with
 * 409 SCHEDULE_CONFLICT listing them: nothing is orphaned silently. Only
 * visits the change itself strands count (`newlyOrphanedVisits`).
 */
async function assertNothingOrphaned(
  appointments: AppointmentModuleService,
  beautician: Beautician,
  hours: WorkingHours,
  extraTimeOff: TimeRange[],
  now: number,
) {
  const upcoming = (
    await appointments.listAppointments({ beautician_id: beautician.id, status: [...ACTIVE_STATUSES], ends_at: { $gt: new Date(now) } })
  ).filter((a) => isLive(a, now))
  if (upcoming.length === 0) return
  const timeOff = await appointments.listTimeOffs({ beautician_id: beautician.id, ends_at: { $gt: new Date(now) } })
  const blocked = timeOff.map((t) => ({ start: new Date(t.starts_at).getTime(), end: new Date(t.ends_at).getTime() }))
  const visits = upcoming.map((a) => ({ id: a.id, start: new Date(a.starts_at).getTime(), end: new Date(a.ends_at).getTime() }))
  const orphaned = newlyOrphanedVisits({ hours: hoursOf(beautician), timeOff: blocked }, { hours, timeOff: [...blocked, ...extraTimeOff] }, visits)
  if (orphaned.length > 0) {
    const byId = new Map(upcoming.map((a) => [a.id, a]))
    // What the beautician may know of each booking before it is theirs: the service and the district, never the street or the customer.
    const shown = (id: string) => {
      const booked = byId.get(id)!
      return { variant_id: booked.variant_id, district: ((booked.address ?? {}) as { district?: string }).district ?? null }
    }
    throw new DomainError(409, "SCHEDULE_CONFLICT", `${orphaned.length} booked appointment(s) would fall outside working time`, undefined, {
      appointments: orphaned.map((v) => ({ id: v.id, start: toZonedIso(v.start, beautician.timezone), end: toZonedIso(v.end, beautician.timezone), ...shown(v.id) })),
    })
  }
}

export async function changeWorkingHours(appointments: AppointmentModuleService, beauticianId: string, weekly: WeeklyWindow[], now = Date.now()) {
  const beautician = await loadBeautician(appointments, beauticianId)
  await assertNothingOrphaned(appointments, beautician, hoursOf(beautician, { weekly }), [], now)
  return await appointments.replaceWorkingHours(beautician.id, weekly)
}

export async function addTimeOff(
  appointments: AppointmentModuleService,
  beauticianId: string,
  input: { starts_at: string; ends_at: string; reason?: string },
  now = Date.now(),
) {
  const beautician = await loadBeautician(appointments, beauticianId)
  const range = { start: Date.parse(input.starts_at), end: Date.parse(input.ends_at) }
  await assertNothingOrphaned(appointments, beautician, hoursOf(beautician), [range], now)
  return await appointments.createTimeOffs({
    beautician_id: beautician.id,
    starts_at: new Date(range.start),
    ends_at: new Date(range.end),
    reason: input.reason ?? null,
  })
}

/**
 * Sets the hours of one local date (`windows` empty: a day off), or with
 * `windows` null returns it to the weekly hours; refused like any change that
 * would orphan a booking.
 */
export async function changeDateOverride(
  appointments: AppointmentModuleService,
  beauticianId: string,
  date: string,
  windows: LocalWindow[] | null,
  now = Date.now(),
) {
  const beautician = await loadBeautician(appointments, beauticianId)
  const others = overridesOf(beautician).filter((o) => o.date !== date)
  const overrides = windows === null ? others : [...others, { date, windows }]
  await assertNothingOrphaned(appointments, beautician, hoursOf(beautician, { overrides }), [], now)
  await appointments.replaceDateOverride(beautician.id, date, windows)
  return overridesOf(await loadBeautician(appointments, beauticianId))
}
