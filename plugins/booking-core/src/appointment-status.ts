/**
 * The one state machine every appointment change goes through.
 * held → confirmed → assigned → en_route → arrived → in_service → completed,
 * with cancelled, expired and no_show as ends.
 */
export const APPOINTMENT_STATUSES = [
  "held",
  "confirmed",
  "assigned",
  "en_route",
  "arrived",
  "in_service",
  "completed",
  "cancelled",
  "expired",
  "no_show",
] as const

export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number]

const NEXT: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  held: ["confirmed", "cancelled", "expired"],
  confirmed: ["assigned", "cancelled"],
  // Unassigning (back to confirmed) lets dispatch offer the job to someone else.
  assigned: ["confirmed", "en_route", "cancelled", "no_show"],
  en_route: ["arrived", "cancelled"],
  arrived: ["in_service", "no_show"],
  in_service: ["completed"],
  completed: [],
  cancelled: [],
  expired: [],
  no_show: [],
}

/** Statuses in which the appointment still occupies the beautician's calendar. */
export const OCCUPYING_STATUSES: readonly AppointmentStatus[] = ["held", "confirmed", "assigned", "en_route", "arrived", "in_service"]

/** Statuses in which a beautician has taken the job. */
export const TAKEN_STATUSES: readonly AppointmentStatus[] = ["assigned", "en_route", "arrived", "in_service", "completed", "no_show"]

export class TransitionError extends Error {
  readonly code = "INVALID_TRANSITION"
  constructor(
    readonly from: AppointmentStatus,
    readonly to: AppointmentStatus,
  ) {
    super(`An appointment that is ${from} cannot become ${to}`)
  }
}

export function canTransition(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return NEXT[from].includes(to)
}

export function assertTransition(from: AppointmentStatus, to: AppointmentStatus): void {
  if (!canTransition(from, to)) throw new TransitionError(from, to)
}

/** Statuses a customer may move themselves; once a beautician is on the way, support handles it. */
export const CUSTOMER_MOVABLE_STATUSES: readonly AppointmentStatus[] = ["held", "confirmed"]

/** Statuses a studio's staff may move (with a reason); once the beautician has set off, the visit is cancelled instead. */
export const STAFF_MOVABLE_STATUSES: readonly AppointmentStatus[] = ["confirmed", "assigned"]

/** Statuses nothing follows: the visit is over, one way or another. */
export const FINAL_STATUSES: readonly AppointmentStatus[] = APPOINTMENT_STATUSES.filter((status) => NEXT[status].length === 0)

/** What the customer may still ask of an appointment in `status`; how much a cancellation costs and until when a move is possible, the policy says. */
export function customerChanges(status: AppointmentStatus): { cancel: boolean; reschedule: boolean } {
  return { cancel: canTransition(status, "cancelled"), reschedule: CUSTOMER_MOVABLE_STATUSES.includes(status) }
}

/**
 * Whether an appointment still occupies its time at `now`: a hold stops doing so
 * the moment it lapses, before any job marks it expired.
 */
export function occupiesCalendar(appointment: { status: string; expiresAt: number | null }, now: number): boolean {
  if (!(OCCUPYING_STATUSES as readonly string[]).includes(appointment.status)) return false
  return appointment.status !== "held" || (appointment.expiresAt !== null && appointment.expiresAt > now)
}
