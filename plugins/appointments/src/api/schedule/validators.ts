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
