/**
 * When an appointment's reminders fall due: 24 hours and 2 hours before its
 * start, counted in real time (a DST change in between does not move them).
 * A reminder is skipped when the customer was told the time after it fell
 * due (booked or moved within the lead: that message served), and once the
 * appointment has begun. Pure: `now` is passed in.
 */
export const REMINDERS = [
  { kind: "reminder_24h", leadMinutes: 24 * 60 },
  { kind: "reminder_2h", leadMinutes: 2 * 60 },
] as const

export type ReminderKind = (typeof REMINDERS)[number]["kind"]

const MINUTE = 60_000

/** The instant a reminder falls due for a start. */
export const reminderDueAt = (startsAt: Date, kind: ReminderKind) => new Date(startsAt.getTime() - REMINDERS.find((r) => r.kind === kind)!.leadMinutes * MINUTE)

/**
 * The reminder to send now, if any: of those due, the one nearest the start
 * (a worker that was down does not send a stale 24-hour one after the
 * 2-hour one is due). `announcedAt` is when the customer was last told the
 * time (the booking's confirmation, or its move).
 */
export function dueReminder(startsAt: Date, announcedAt: Date, now: Date): ReminderKind | null {
  if (now.getTime() >= startsAt.getTime()) return null
  const due = REMINDERS.filter((reminder) => now.getTime() >= reminderDueAt(startsAt, reminder.kind).getTime())
  const nearest = due[due.length - 1]
  if (!nearest) return null
  return announcedAt.getTime() < reminderDueAt(startsAt, nearest.kind).getTime() ? nearest.kind : null
}
