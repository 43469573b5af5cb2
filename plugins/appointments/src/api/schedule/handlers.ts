import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { WeeklyWindow } from "@doorstep/booking-core"
import { DateTime } from "luxon"
import { localDateSpan } from "../../lib/date-span"
import { addTimeOff, changeDateOverride, changeWorkingHours, loadBeautician, overridesOf, weeklyOf } from "../../lib/schedule-changes"
import { APPOINTMENT_MODULE } from "../../modules/appointment"
import type AppointmentModuleService from "../../modules/appointment/service"
import { DomainError, handleDomainErrors } from "../domain-error"
import { validated } from "../validation"
import type { DateOverrideBody, DateSpanQuery, TimeOffBody, WorkingHoursBody } from "./validators"

/**
 * The schedule endpoints, shared by the beautician's own (`/pro`) and the back
 * office's (`/admin/beauticians/:id`); they differ only in whose schedule it is.
 */
type WhoseSchedule = (req: MedusaRequest) => string
/** Which time off a route names: `/pro/time-off/:id`'s `id`; the back office's `:id` is the beautician, so its block is `:timeOffId`. */
const timeOffIdOf = (req: MedusaRequest) => req.params.timeOffId ?? req.params.id

const service = (req: MedusaRequest) => req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)

/** The `:date` of a date-override route, a real calendar date. */
function dateParam(req: MedusaRequest): string {
  const date = req.params.date
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date).isValid) {
    throw new DomainError(400, "INVALID_INPUT", `date: ${date} is not a calendar date (YYYY-MM-DD)`, "date")
  }
  return date
}

async function dateOverrides(req: MedusaRequest, beauticianId: string) {
  const beautician = await loadBeautician(service(req), beauticianId)
  return { timezone: beautician.timezone, overrides: overridesOf(beautician) }
}

export const scheduleHandlers = (whose: WhoseSchedule) => ({
  getWorkingHours: handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
    const beautician = await loadBeautician(service(req), whose(req))
    res.json({ timezone: beautician.timezone, weekly: weeklyOf(beautician) })
  }),
  putWorkingHours: handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
    const { weekly } = validated<WorkingHoursBody>(req)
    await changeWorkingHours(service(req), whose(req), weekly as WeeklyWindow[])
    const beautician = await loadBeautician(service(req), whose(req))
    res.json({ timezone: beautician.timezone, weekly: weeklyOf(beautician) })
  }),
  getDateOverrides: handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
    res.json(await dateOverrides(req, whose(req)))
  }),
  putDateOverride: handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
    const date = dateParam(req)
    await changeDateOverride(service(req), whose(req), date, validated<DateOverrideBody>(req).windows)
    res.json(await dateOverrides(req, whose(req)))
  }),
  deleteDateOverride: handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
    const date = dateParam(req)
    await changeDateOverride(service(req), whose(req), date, null)
    res.json(await dateOverrides(req, whose(req)))
  }),
  /** Time off overlapping the local dates asked for, else every block not yet over; soonest first. */
  getTimeOff: handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
    const beautician = await loadBeautician(service(req), whose(req))
    const span = validated<DateSpanQuery>(req)
    const within = span.from && span.to ? localDateSpan({ from: span.from, to: span.to }, beautician.timezone) : { start: new Date(), end: null }
    const timeOff = await service(req).listTimeOffs(
      { beautician_id: beautician.id, ends_at: { $gt: within.start }, ...(within.end ? { starts_at: { $lt: within.end } } : {}) },
      { order: { starts_at: "ASC" }, take: 200, select: ["id", "beautician_id", "starts_at", "ends_at", "reason", "created_at"] },
    )
    res.json({ timezone: beautician.timezone, time_off: timeOff })
  }),
  /** Removing time off only adds working time, so it can orphan nothing. */
  deleteTimeOff: handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
    const [timeOff] = await service(req).listTimeOffs({ id: timeOffIdOf(req), beautician_id: whose(req) }, { select: ["id"] })
    if (!timeOff) throw new DomainError(404, "TIME_OFF_NOT_FOUND", `No time off ${timeOffIdOf(req)} of this beautician`)
    await service(req).deleteTimeOffs(timeOff.id)
    res.json({ id: timeOff.id, object: "time_off", deleted: true })
  }),
  postTimeOff: handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
    const timeOff = await addTimeOff(service(req), whose(req), validated<TimeOffBody>(req))
    res.status(201).json({ time_off: timeOff })
  }),
})
