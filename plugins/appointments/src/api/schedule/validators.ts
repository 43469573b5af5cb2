import { z } from "zod"

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:mm")

export const WorkingHoursBody = z
  .object({
    weekly: z.array(z.object({ weekday: z.number().int().min(1).max(7), start: clock, end: clock }).strict()).max(28),
  })
  .strict()

export const TimeOffBody = z
  .object({
    starts_at: z.iso.datetime({ offset: true }),
    ends_at: z.iso.datetime({ offset: true }),
    reason: z.string().max(200).optional(),
  })
  .strict()
  .refine((body) => Date.parse(body.starts_at) < Date.parse(body.ends_at), { message: "must be after starts_at", path: ["ends_at"] })

/** One date's own hours; an empty list is a day off. */
export const DateOverrideBody = z
  .object({ windows: z.array(z.object({ start: clock, end: clock }).strict()).max(6) })
  .strict()

export type DateOverrideBody = z.infer<typeof DateOverrideBody>
export type WorkingHoursBody = z.infer<typeof WorkingHoursBody>
export type TimeOffBody = z.infer<typeof TimeOffBody>

const DAY_MS = 86_400_000
/** The most days one read may span: a month's view with the weeks around it. */
export const MAX_SPAN_DAYS = 42

/** Local calendar dates `from`–`to` (both included), or neither: what a day or week view reads. */
export const DateSpanQuery = z
  .object({ from: z.iso.date().optional(), to: z.iso.date().optional() })
  .strict()
  .refine((q) => (q.from === undefined) === (q.to === undefined), { message: "give both from and to, or neither", path: ["to"] })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "must not be before from", path: ["to"] })
  .refine((q) => !q.from || !q.to || (Date.parse(q.to) - Date.parse(q.from)) / DAY_MS < MAX_SPAN_DAYS, { message: `at most ${MAX_SPAN_DAYS} days from from`, path: ["to"] })

export type DateSpanQuery = z.infer<typeof DateSpanQuery>
