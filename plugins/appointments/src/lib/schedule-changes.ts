import { orphanedVisits, toZonedIso, type TimeRange, type WeeklyWindow } from "@doorstep/booking-core"
import { DomainError } from "../api/domain-error"
import { ACTIVE_STATUSES } from "../modules/appointment/models/appointment"
import type AppointmentModuleService from "../modules/appointment/service"
import { isLive } from "./schedules"

type Beautician = Awaited<ReturnType<AppointmentModuleService["listBeauticians"]>>[number]

export async function loadBeautician(appointments: AppointmentModuleService, id: string): Promise<Beautician> {
  const [beautician] = await appointments.listBeauticians({ id }, { relations: ["working_hours"] })
  if (!beautician) throw new DomainError(404, "BEAUTICIAN_NOT_FOUND", `No beautician ${id}`)
  return beautician
}

export const weeklyOf = (beautician: Beautician): WeeklyWindow[] =>
  beautician.working_hours.map((w) => ({ weekday: w.weekday as WeeklyWindow["weekday"], start: w.start_time, end: w.end_time }))

/**
 * Refuses a schedule that would leave booked visits outside working time, with
 * 409 SCHEDULE_CONFLICT listing them: nothing is orphaned silently.
 */
async function assertNothingOrphaned(
  appointments: AppointmentModuleService,
  beautician: Beautician,
  weekly: WeeklyWindow[],
  extraTimeOff: TimeRange[],
  now: number,
) {
  const upcoming = (
    await appointments.listAppointments({ beautician_id: beautician.id, status: [...ACTIVE_STATUSES], ends_at: { $gt: new Date(now) } })
  ).filter((a) => isLive(a, now))
  if (upcoming.length === 0) return
  const timeOff = await appointments.listTimeOffs({ beautician_id: beautician.id, ends_at: { $gt: new Date(now) } })
  const orphaned = orphanedVisits(
    { timezone: beautician.timezone, weekly },
    [...timeOff.map((t) => ({ start: new Date(t.starts_at).getTime(), end: new Date(t.ends_at).getTime() })), ...extraTimeOff],
    upcoming.map((a) => ({ id: a.id, start: new Date(a.starts_at).getTime(), end: new Date(a.ends_at).getTime() })),
  )
  if (orphaned.length > 0) {
    throw new DomainError(409, "SCHEDULE_CONFLICT", `${orphaned.length} booked appointment(s) would fall outside working time`, undefined, {
      appointments: orphaned.map((v) => ({ id: v.id, start: toZonedIso(v.start, beautician.timezone), end: toZonedIso(v.end, beautician.timezone) })),
    })
  }
}

export async function changeWorkingHours(appointments: AppointmentModuleService, beauticianId: string, weekly: WeeklyWindow[], now = Date.now()) {
  const beautician = await loadBeautician(appointments, beauticianId)
  await assertNothingOrphaned(appointments, beautician, weekly, [], now)
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
  await assertNothingOrphaned(appointments, beautician, weeklyOf(beautician), [range], now)
  return await appointments.createTimeOffs({
    beautician_id: beautician.id,
    starts_at: new Date(range.start),
    ends_at: new Date(range.end),
    reason: input.reason ?? null,
  })
}
