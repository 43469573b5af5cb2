import { isOnGrid } from "./slot-grid"
import type { SlotRules } from "./schedule"

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** Why a requested start cannot be booked, before looking at anyone's calendar. */
export type StartRejection = "START_OFF_GRID" | "START_IN_PAST" | "START_TOO_SOON" | "BEYOND_HORIZON"

export function rejectStart(rules: SlotRules, timezone: string, now: number, start: number): StartRejection | undefined {
  if (!isOnGrid(timezone, rules.stepMinutes, start)) return "START_OFF_GRID"
  if (start <= now) return "START_IN_PAST"
  if (start < now + rules.minNoticeMinutes * MINUTE) return "START_TOO_SOON"
  if (start >= now + rules.maxDaysAhead * DAY) return "BEYOND_HORIZON"
  return undefined
}
