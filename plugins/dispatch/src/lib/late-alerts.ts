import type { MedusaContainer } from "@medusajs/framework/types"
import { lateness } from "@doorstep/booking-core"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { DISPATCH_MODULE, type DispatchModuleService } from "../modules/dispatch"
import { pushToBeautician } from "./push"

const MINUTE = 60_000
/** Jobs starting this far either side of now are watched for lateness. */
export const LATE_WATCH_MS = 6 * 60 * MINUTE

export const NOT_LEFT = "not on the way although the trip should have begun"
export const NOT_ARRIVED = "not arrived although the appointment has begun"

/**
 * Jobs running late by booking-core's `lateness` rule (the dispatch board's
 * too). Each is raised once — in the decision log the merchant sees, and to
 * the beautician's phone — however many schedulers tick. Resolves to the
 * alerts raised this time.
 */
export async function raiseLateAlerts(container: MedusaContainer, now: Date) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const dispatch = container.resolve<DispatchModuleService>(DISPATCH_MODULE)
  const soon = await appointments.listAppointments(
    { status: ["assigned", "en_route"], starts_at: { $lt: new Date(now.getTime() + LATE_WATCH_MS), $gt: new Date(now.getTime() - LATE_WATCH_MS) } },
    { take: 500 },
  )
  const raised: Array<{ appointmentId: string; reason: string }> = []
  for (const job of soon) {
    const late = lateness({ status: job.status, start: new Date(job.starts_at).getTime(), travelInMinutes: job.travel_in_minutes }, now.getTime())
    const reason = late?.kind === "not_left" ? NOT_LEFT : late?.kind === "not_arrived" ? NOT_ARRIVED : undefined
    if (!reason || !(await dispatch.raiseLateAlert({ appointment_id: job.id, beautician_id: job.beautician_id, reason }))) continue
    raised.push({ appointmentId: job.id, reason })
    if (reason === NOT_LEFT) {
      await pushToBeautician(container, job.beautician_id, { title: "该出发了 · Time to leave", body: "下一单即将开始，请尽快出发 · Your next job starts soon", url: `/pro/jobs/${job.id}`, tag: `late-${job.id}` }, 30 * 60)
    }
  }
  return raised
}
