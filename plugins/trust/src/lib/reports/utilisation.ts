import type { MedusaContainer } from "@medusajs/framework/types"
import { intersect, localDate, merge, subtract, workingRanges } from "@doorstep/booking-core"
import { overridesOf, weeklyOf } from "@doorstep/appointments/lib/schedule-changes"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { minutesByDay } from "./day-minutes"
import type { ReportPeriod } from "./period"
import { bookedVisits } from "./queries"
import type { ReportScope } from "./scope"

export interface BeauticianDay {
  day: string
  beautician_id: string
  merchant_handle: string
  working_minutes: number
  booked_minutes: number
}

/**
 * Each beautician's working and booked minutes on each day of the period:
 * working time from their weekly hours and date overrides (booking-core's
 * `workingRanges`, as availability reads it) less time off; booked time is
 * the part of their visits inside it. Active beauticians count, and anyone
 * else with booked time.
 */
export async function utilisationDays(container: MedusaContainer, scope: ReportScope, period: ReportPeriod): Promise<BeauticianDay[]> {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const visits = await bookedVisits(
    container,
    scope.beauticians.map((b) => b.id),
    period,
  )
  const busy = new Set(visits.map((visit) => visit.beautician_id))
  const ids = scope.beauticians.filter((b) => b.status === "active" || busy.has(b.id)).map((b) => b.id)
  if (ids.length === 0) return []
  const [people, timeOff] = await Promise.all([
    appointments.listBeauticians({ id: ids }, { relations: ["working_hours", "date_overrides"], take: null }),
    appointments.listTimeOffs({ beautician_id: ids, starts_at: { $lt: period.end }, ends_at: { $gt: period.start } }, { select: ["beautician_id", "starts_at", "ends_at"], take: null }),
  ])
  const within = { start: period.start.getTime(), end: period.end.getTime() }
  const days = period.days.map((day) => localDate(period.zone, day))
  const rangeOf = (row: { starts_at: Date | string; ends_at: Date | string }) => ({ start: new Date(row.starts_at).getTime(), end: new Date(row.ends_at).getTime() })
  const result: BeauticianDay[] = []
  for (const person of people) {
    const working = subtract(
      workingRanges({ timezone: person.timezone, weekly: weeklyOf(person), overrides: overridesOf(person) }, within),
      merge(timeOff.filter((off) => off.beautician_id === person.id).map(rangeOf)),
    )
    const booked = intersect(working, merge(visits.filter((visit) => visit.beautician_id === person.id)))
    const workingMinutes = minutesByDay(working, days)
    const bookedMinutes = minutesByDay(booked, days)
    period.days.forEach((day, i) => {
      if (workingMinutes[i] || bookedMinutes[i]) {
        result.push({ day, beautician_id: person.id, merchant_handle: person.merchant_handle, working_minutes: workingMinutes[i], booked_minutes: bookedMinutes[i] })
      }
    })
  }
  return result
}
