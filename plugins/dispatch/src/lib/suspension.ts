import type { MedusaContainer } from "@medusajs/framework/types"
import { APPOINTMENT_MODULE, AppointmentChangedError, type AppointmentModuleService } from "@doorstep/appointments/modules/appointment"
import { DISPATCH_MODULE, type DispatchModuleService } from "../modules/dispatch"
import { offerNext } from "./dispatch"
import { DEFAULT_DISPATCH_SETTINGS } from "./settings"

/** What became of a suspended beautician's job. */
export type RedispatchOutcome = { id: string; status: string; starts_at: Date; outcome: "offered" | "queued" | "closed"; beautician_id: string | null }

/** Jobs the beautician is already on the way to, at, or doing: taking them away would leave a customer waiting at the door. */
const UNDER_WAY = ["en_route", "arrived", "in_service"]

/**
 * A beautician was suspended: each of their future jobs that is only
 * confirmed or assigned goes back to dispatch — an assigned one is unassigned
 * (back to `confirmed`), a live offer withdrawn, the decision logged with the
 * reason — and is offered at once to the next candidate (or queued for the
 * studio when nobody is free). The customer hears of the new beautician as of
 * any assignment (the notifications planner sees the new `beautician_id`).
 * Jobs under way stay theirs and are returned as `left`.
 */
export async function redispatchJobsOf(container: MedusaContainer, input: { beauticianId: string; actor: string; reason: string; now: Date }, settings = DEFAULT_DISPATCH_SETTINGS) {
  const appointments = container.resolve<AppointmentModuleService>(APPOINTMENT_MODULE)
  const dispatch = container.resolve<DispatchModuleService>(DISPATCH_MODULE)
  const why = `beautician suspended: ${input.reason}`
  const upcoming = await appointments.listAppointments(
    { beautician_id: input.beauticianId, status: ["confirmed", "assigned"], starts_at: { $gt: input.now } },
    { order: { starts_at: "ASC" } },
  )
  const left = await appointments.listAppointments({ beautician_id: input.beauticianId, status: UNDER_WAY }, { select: ["id", "status", "starts_at"], order: { starts_at: "ASC" } })
  const redispatched: RedispatchOutcome[] = []
  for (const job of upcoming) {
    if (job.status === "assigned") {
      try {
        await appointments.advanceJob({ id: job.id, beautician_id: input.beauticianId, from: "assigned", to: "confirmed", actor: input.actor })
      } catch (error) {
        // Moved on meanwhile (en route, cancelled): not ours to take back.
        if (error instanceof AppointmentChangedError) continue
        throw error
      }
    }
    const live = await dispatch.listOffers({ appointment_id: job.id, status: ["pending", "accepted"] }, { select: ["id"] })
    for (const offer of live) await dispatch.withdrawOffer(offer.id, why)
    if (live.length === 0) await dispatch.recordDecision({ appointment_id: job.id, action: "withdrawn", beautician_id: input.beauticianId, actor: input.actor, reason: why })
    const next = await offerNext(container, job.id, input.now, settings)
    redispatched.push({ id: job.id, status: job.status, starts_at: job.starts_at, outcome: next.outcome, beautician_id: next.outcome === "offered" ? next.beauticianId : null })
  }
  return { redispatched, left }
}
