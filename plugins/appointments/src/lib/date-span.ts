import { DateTime } from "luxon"

/** The instants of local dates `from`–`to` (both included) in `zone`: from the first midnight to the midnight after the last. */
export function localDateSpan(span: { from: string; to: string }, zone: string): { start: Date; end: Date } {
  return {
    start: DateTime.fromISO(span.from, { zone }).startOf("day").toJSDate(),
    end: DateTime.fromISO(span.to, { zone }).plus({ days: 1 }).startOf("day").toJSDate(),
  }
}
