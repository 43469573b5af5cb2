import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { WeeklyWindow } from "@doorstep/booking-core"
import { addTimeOff, changeWorkingHours, loadBeautician, weeklyOf } from "../../lib/schedule-changes"
import { APPOINTMENT_MODULE } from "../../modules/appointment"
import type AppointmentModuleService from "../../modules/appointment/service"
import { handleDomainErrors } from "../domain-error"
import { validated } from "../validation"
import type { TimeOffBody, WorkingHoursBody } from "./validators"

/**
 * The schedule endpoints, shared by the beautician's own (`/pro`) and the back
 * office's (`/admin/beauticians/:id`); they differ only in whose schedule it is.
 */
type WhoseSchedule = (req: MedusaRequest) => string

const service = (req: MedusaRequest) => req.scope.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)

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
  postTimeOff: handleDomainErrors(async (req: MedusaRequest, res: MedusaResponse) => {
    const timeOff = await addTimeOff(service(req), whose(req), validated<TimeOffBody>(req))
    res.status(201).json({ time_off: timeOff })
  }),
})
