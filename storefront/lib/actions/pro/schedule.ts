"use server"

import { DateTime } from "luxon"
import type { Refusal } from "../../api"
import type { Locale } from "../../locale"
import { asBeautician, type ActionResult } from "../../pro/acting"
import { deleteDateOverride, deleteTimeOff, postTimeOff, putDateOverride, putWorkingHours, type LocalWindow, type WeeklyWindow } from "../../pro/schedule"
import { ZONE } from "../../time"
import { servicesByVariant } from "../../visit"

/** A booking a schedule change would leave outside working time, as much of it as the beautician may know. */
export interface OrphanedBooking {
  id: string
  start: string
  end: string
  service: string | null
  district: string | null
}

export type ScheduleResult = ActionResult | { ok: false; code: "SCHEDULE_CONFLICT"; orphaned: OrphanedBooking[] }

/** A refusal as the form shows it: a schedule conflict with the bookings it names (their service in the reader's language). */
async function refused(locale: Locale, got: Refusal): Promise<ScheduleResult> {
  if (got.code !== "SCHEDULE_CONFLICT") return { ok: false, code: got.code }
  const listed = (Array.isArray(got.details.appointments) ? got.details.appointments : []) as Array<{ id: string; start: string; end: string; variant_id?: string; district?: string | null }>
  const services = await servicesByVariant(locale)
  return {
    ok: false,
    code: "SCHEDULE_CONFLICT",
    orphaned: listed.map((a) => ({ id: a.id, start: a.start, end: a.end, service: (a.variant_id && services.get(a.variant_id)?.title) || null, district: a.district ?? null })),
  }
}

const done = async (locale: Locale, got: { ok: true } | Refusal): Promise<ScheduleResult> => (got.ok ? { ok: true } : refused(locale, got))

/** The whole week's hours at once; refused, with the bookings named, if any would be orphaned. */
export async function saveWeeklyHours(locale: Locale, weekly: WeeklyWindow[]): Promise<ScheduleResult> {
  return asBeautician(async (token) => done(locale, await putWorkingHours(token, weekly)))
}

/** One date's own hours (none: a day off), or with `windows` null back to the week's. */
export async function saveDateHours(locale: Locale, date: string, windows: LocalWindow[] | null): Promise<ScheduleResult> {
  return asBeautician(async (token) => done(locale, windows === null ? await deleteDateOverride(token, date) : await putDateOverride(token, date, windows)))
}

/** Time off on `date` from `start` to `end` (HH:mm, Shanghai; an end at or before the start is the next day's). */
export async function blockTimeOff(locale: Locale, date: string, start: string, end: string, reason: string): Promise<ScheduleResult> {
  const from = DateTime.fromISO(`${date}T${start}`, { zone: ZONE })
  let until = DateTime.fromISO(`${date}T${end}`, { zone: ZONE })
  if (!from.isValid || !until.isValid) return { ok: false, code: "INVALID_INPUT" }
  if (until <= from) until = until.plus({ days: 1 })
  return asBeautician(async (token) =>
    done(locale, await postTimeOff(token, { starts_at: from.toISO()!, ends_at: until.toISO()!, ...(reason.trim() ? { reason: reason.trim() } : {}) })),
  )
}

export async function removeTimeOff(id: string): Promise<ActionResult> {
  return asBeautician(async (token) => {
    const got = await deleteTimeOff(token, id)
    return got.ok ? { ok: true as const } : { ok: false as const, code: got.code }
  })
}
