const MINUTE = 60_000

/** How late is late: minutes past when the beautician should have left, or past the start without arriving. */
export const LATE_RULES = { notLeftMinutes: 5, notArrivedMinutes: 10 } as const

/** Why a job is running late: not on the way when the trip should have begun, or on the way but not there after the start. */
export type Lateness = { kind: "not_left"; since: number } | { kind: "not_arrived"; since: number }

/** A job as the lateness rule reads it: instants in ms. */
export interface JobClock {
  status: string
  start: number
  travelInMinutes: number
}

/**
 * Whether the job is running late at `now`: assigned but not on the way when
 * the trip should have begun (plus a grace), or on the way but not arrived
 * after the start (plus a grace). `since` is when it became late.
 */
export function lateness(job: JobClock, now: number, rules = LATE_RULES): Lateness | undefined {
  const leaveBy = job.start - job.travelInMinutes * MINUTE
  if (job.status === "assigned" && now >= leaveBy + rules.notLeftMinutes * MINUTE) return { kind: "not_left", since: leaveBy }
  if (job.status === "en_route" && now >= job.start + rules.notArrivedMinutes * MINUTE) return { kind: "not_arrived", since: job.start }
  return undefined
}

export const DISPATCH_RISKS = ["unassigned", "late", "offer_expiring", "beautician_suspended"] as const
export type DispatchRisk = (typeof DISPATCH_RISKS)[number]

/** What the dispatch board knows of a job: its clock, its beautician's standing and its live offer, if any. */
export interface JobAtRisk extends JobClock {
  beauticianActive: boolean
  /** The pending offer's expiry (ms), if an offer is out. */
  offerExpiresAt: number | null
}

/** Statuses in which nobody has taken the job yet, or somebody is still to do it. */
const STILL_TO_DO = ["confirmed", "assigned", "en_route", "arrived", "in_service"]

/**
 * Why a job belongs on the dispatch board at `now`, in a fixed order (none:
 * it does not): nobody has taken it (`confirmed`); it is running late; its
 * offer runs out within `expiringMinutes` (or has run out, not yet moved on);
 * its beautician is suspended while it is still to be done.
 */
export function dispatchRisks(job: JobAtRisk, now: number, expiringMinutes: number, rules = LATE_RULES): DispatchRisk[] {
  const risks: DispatchRisk[] = []
  if (job.status === "confirmed") risks.push("unassigned")
  if (lateness(job, now, rules)) risks.push("late")
  if (job.status === "confirmed" && job.offerExpiresAt !== null && job.offerExpiresAt - now <= expiringMinutes * MINUTE) risks.push("offer_expiring")
  if (!job.beauticianActive && STILL_TO_DO.includes(job.status)) risks.push("beautician_suspended")
  return risks
}
