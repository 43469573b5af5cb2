import { dueReminder } from "./reminders"
import type { Audience, NotificationKind } from "./templates"

/** What the planner reads of an appointment. */
export interface AppointmentState {
  id: string
  status: string
  customer_id: string
  beautician_id: string
  starts_at: Date
  payment_status: string
  paid_fen: number | null
  refund_fen: number | null
}

/** A notice already given (its in-app copy: every notice has one). */
export interface GivenNotice {
  kind: NotificationKind
  ref: string
  audience: Audience
  recipient_id: string
  /** The start the notice spoke of. */
  subject_starts_at: Date
  created_at: Date
}

/**
 * One thing to tell one person. `ref` tells apart notices of one kind that
 * are news again: the beautician of an assignment, the start of a move or a
 * reminder, the amount of a refund.
 */
export interface Notice {
  kind: NotificationKind
  ref: string
  audience: Audience
  recipient_id: string
}

const PAID = ["paid", "refund_pending", "partially_refunded", "refunded"]
const BOOKED = ["confirmed", "assigned", "en_route", "arrived", "in_service"]
const UPCOMING = ["confirmed", "assigned"]
const ANNOUNCING: NotificationKind[] = ["booking_confirmed", "rescheduled"]

/**
 * The notices an appointment's present state calls for, given those already
 * given: derived from what is recorded (status, start, beautician, payment),
 * so a notice missed by one tick is found by the next, and keyed so that one
 * given is never planned again. Pure: `now` is passed in.
 */
export function planNotices(appointment: AppointmentState, given: GivenNotice[], now: Date): Notice[] {
  const notices: Notice[] = []
  const toCustomer = (kind: NotificationKind, ref = "") => notices.push({ kind, ref, audience: "customer", recipient_id: appointment.customer_id })
  const toBeautician = (kind: NotificationKind, ref = "") => notices.push({ kind, ref, audience: "beautician", recipient_id: appointment.beautician_id })
  const start = appointment.starts_at.toISOString()
  const customerGiven = given.filter((notice) => notice.audience === "customer")
  const announcements = customerGiven.filter((notice) => ANNOUNCING.includes(notice.kind)).sort((a, b) => a.created_at.getTime() - b.created_at.getTime())
  const lastAnnouncement = announcements[announcements.length - 1]
  // The beautician hears about a job once it is theirs, and then about its changes.
  const beauticianKnows = given.some((notice) => notice.audience === "beautician" && notice.kind === "beautician_assigned" && notice.recipient_id === appointment.beautician_id)
  const paid = PAID.includes(appointment.payment_status) && (appointment.paid_fen ?? 0) > 0
  let announcedAt = lastAnnouncement?.created_at

  if (BOOKED.includes(appointment.status) && paid) {
    if (!lastAnnouncement) {
      toCustomer("booking_confirmed")
      announcedAt = now
    } else if (lastAnnouncement.subject_starts_at.getTime() !== appointment.starts_at.getTime()) {
      toCustomer("rescheduled", start)
      if (beauticianKnows) toBeautician("rescheduled", start)
      announcedAt = now
    }
  }
  if (appointment.status === "assigned") {
    toCustomer("beautician_assigned", appointment.beautician_id)
    toBeautician("beautician_assigned", appointment.beautician_id)
  }
  if (appointment.status === "en_route") toCustomer("beautician_en_route")
  if (UPCOMING.includes(appointment.status) && paid && announcedAt) {
    const reminder = dueReminder(appointment.starts_at, announcedAt, now)
    if (reminder) toCustomer(reminder, start)
    if (reminder === "reminder_2h" && (beauticianKnows || appointment.status === "assigned")) toBeautician(reminder, start)
  }
  if (appointment.status === "cancelled" && (appointment.paid_fen ?? 0) > 0) {
    toCustomer("cancelled")
    if (beauticianKnows) toBeautician("cancelled")
  }
  if (["refunded", "partially_refunded"].includes(appointment.payment_status) && (appointment.refund_fen ?? 0) > 0) toCustomer("refunded", String(appointment.refund_fen))
  if (appointment.status === "completed") toCustomer("review_request")

  const isGiven = (notice: Notice) => given.some((g) => g.kind === notice.kind && g.ref === notice.ref && g.audience === notice.audience && g.recipient_id === notice.recipient_id)
  return notices.filter((notice) => !isGiven(notice))
}
