import type { MedusaContainer } from "@medusajs/framework/types"
import { APPOINTMENT_MODULE, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { DISPATCH_MODULE, type DispatchModuleService } from "../modules/dispatch"
import { pushToBeautician } from "./push"

const MINUTE = 60_000

/** How late is late: minutes past when the beautician should have left, or past the start without arriving. */
export const LATE_RULES = { notLeftMinutes: 5, notArrivedMinutes: 10 } as const

export const NOT_LEFT = "not on the way although the trip should have begun"
export const NOT_ARRIVED = "not arrived although the appointment has begun"

/**
 * Jobs running late: assigned but not on the way when the trip should have
 * begun (plus a grace), or on the way but not arrived after the start (plus a
 * grace). Each is raised once — in the decision log the merchant sees, and to
 * the beautician's phone — however many schedulers tick. Resolves to the
 * alerts raised this time.
 */
export async function raiseLateAlerts(container: MedusaContainer, now: Date) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const dispatch = container.resolve<DispatchModuleService>(DISPATCH_MODULE)
  const soon = await appointments.listAppointments(
    { status: ["assigned", "en_route"], starts_at: { $lt: new Date(now.getTime() + 6 * 60 * MINUTE), $gt: new Date(now.getTime() - 6 * 60 * MINUTE) } },
    { take: 500 },
  )
  const raised: Array<{ appointmentId: string; reason: string }> = []
  for (const job of soon) {
    const start = new Date(job.starts_at).getTime()
    const leaveBy = start - job.travel_in_minutes * MINUTE
    const reason =
      job.status === "assigned" && now.getTime() >= leaveBy + LATE_RULES.notLeftMinutes * MINUTE
        ? NOT_LEFT
        : job.status === "en_route" && now.getTime() >= start + LATE_RULES.notArrivedMinutes * MINUTE
          ? NOT_ARRIVED
          : undefined
    if (!reason || !(await dispatch.raiseLateAlert({ appointment_id: job.id, beautician_id: job.beautician_id, reason }))) continue
    raised.push({ appointmentId: job.id, reason })
    if (reason === NOT_LEFT) {
      await pushToBeautician(container, job.beautician_id, { title: "该出发了 · Time to leave", body: "下一单即将开始，请尽快出发 · Your next job starts soon", url: `/pro/jobs/${job.id}`, tag: `late-${job.id}` }, 30 * 60)
    }
  }
  return raised
}
