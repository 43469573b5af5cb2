import { DateTime } from "luxon"
import type { TimeRange } from "./time-range"
import { workingRanges, WorkingHoursError, type WorkingHours } from "./working-hours"

/** Renders ranges in the given zone so expectations read like a schedule. */
const show = (ranges: TimeRange[], zone: string) =>
  ranges.map(
    (x) =>
      `${DateTime.fromMillis(x.start, { zone }).toFormat("yyyy-MM-dd HH:mm ZZ")} → ` +
      `${DateTime.fromMillis(x.end, { zone }).toFormat("yyyy-MM-dd HH:mm ZZ")}`,
  )

const localDay = (date: string, zone: string, days = 1): TimeRange => {
  const start = DateTime.fromISO(date, { zone })
  return { start: start.toMillis(), end: start.plus({ days }).toMillis() }
}

const weekdays = (start: string, end: string) =>
  ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start, end }))

describe("workingRanges", () => {
  it("splits a day with a lunch break into two windows (Asia/Shanghai)", () => {
    const hours: WorkingHours = {
      timezone: "Asia/Shanghai",
      weekly: [
        { weekday: 3, start: "09:00", end: "12:00" },
        { weekday: 3, start: "13:30", end: "19:00" },
      ],
    }
    expect(show(workingRanges(hours, localDay("2026-11-25", "Asia/Shanghai")), "Asia/Shanghai")).toEqual([
      "2026-11-25 09:00 +08:00 → 2026-11-25 12:00 +08:00",
      "2026-11-25 13:30 +08:00 → 2026-11-25 19:00 +08:00",
    ])
  })

  it("keeps half-hour offsets exact (Asia/Kolkata, +05:30)", () => {
    const hours: WorkingHours = { timezone: "Asia/Kolkata", weekly: weekdays("10:00", "18:00") }
    const [range] = workingRanges(hours, localDay("2026-11-25", "Asia/Kolkata"))
    expect(new Date(range.start).toISOString()).toBe("2026-11-25T04:30:00.000Z")
    expect(new Date(range.end).toISOString()).toBe("2026-11-25T12:30:00.000Z")
  })

  it.each([
    // US spring forward, 2026-03-08: 02:00 → 03:00, the day has 23 hours.
    ["spring forward", "2026-03-08", "01:00", "05:00", 3, "2026-03-08T06:00:00.000Z"],
    // US fall back, 2026-11-01: 02:00 → 01:00, the day has 25 hours.
    ["fall back", "2026-11-01", "00:00", "04:00", 5, "2026-11-01T04:00:00.000Z"],
    ["an ordinary Sunday", "2026-11-08", "01:00", "05:00", 4, "2026-11-08T06:00:00.000Z"],
  ])("counts real hours across DST in America/New_York: %s", (_, date, start, end, hours, startUtc) => {
    const schedule: WorkingHours = { timezone: "America/New_York", weekly: [{ weekday: 7, start, end }] }
    const [range] = workingRanges(schedule, localDay(date, "America/New_York"))
    expect(new Date(range.start).toISOString()).toBe(startUtc)
    expect((range.end - range.start) / 3_600_000).toBe(hours)
  })

  it("moves a window that starts in the skipped DST hour forward with the clock", () => {
    const schedule: WorkingHours = {
      timezone: "America/New_York",
      weekly: [{ weekday: 7, start: "02:30", end: "06:00" }],
    }
    expect(show(workingRanges(schedule, localDay("2026-03-08", "America/New_York")), "America/New_York")).toEqual([
      "2026-03-08 03:30 -04:00 → 2026-03-08 06:00 -04:00",
    ])
  })

  it("carries a shift across midnight into the next day, and clips it to the range asked for", () => {
    const hours: WorkingHours = { timezone: "Asia/Shanghai", weekly: [{ weekday: 5, start: "20:00", end: "02:00" }] }
    // Friday 2026-11-27 20:00 → Saturday 02:00; ask for Saturday only.
    expect(show(workingRanges(hours, localDay("2026-11-28", "Asia/Shanghai")), "Asia/Shanghai")).toEqual([
      "2026-11-28 00:00 +08:00 → 2026-11-28 02:00 +08:00",
    ])
  })

  it("lets a date override replace the weekly hours, and an empty override mean a day off", () => {
    const hours: WorkingHours = {
      timezone: "Asia/Shanghai",
      weekly: weekdays("09:00", "18:00"),
      overrides: [
        { date: "2026-11-26", windows: [] },
        { date: "2026-11-27", windows: [{ start: "12:00", end: "16:00" }] },
      ],
    }
    expect(show(workingRanges(hours, localDay("2026-11-25", "Asia/Shanghai", 3)), "Asia/Shanghai")).toEqual([
      "2026-11-25 09:00 +08:00 → 2026-11-25 18:00 +08:00",
      "2026-11-27 12:00 +08:00 → 2026-11-27 16:00 +08:00",
    ])
  })

  it("merges back-to-back windows into one", () => {
    const hours: WorkingHours = {
      timezone: "Asia/Shanghai",
      weekly: [
        { weekday: 3, start: "09:00", end: "12:00" },
        { weekday: 3, start: "12:00", end: "15:00" },
      ],
    }
    expect(workingRanges(hours, localDay("2026-11-25", "Asia/Shanghai"))).toHaveLength(1)
  })

  it.each([
    ["an unknown zone", { timezone: "Mars/Olympus", weekly: [] }],
    ["a malformed time", { timezone: "Asia/Shanghai", weekly: [{ weekday: 1 as const, start: "9:00", end: "18:00" }] }],
    ["an hour past 23", { timezone: "Asia/Shanghai", weekly: [{ weekday: 1 as const, start: "09:00", end: "24:00" }] }],
  ])("rejects %s with a stable code", (_, hours) => {
    expect(() => workingRanges(hours, localDay("2026-11-25", "Asia/Shanghai"))).toThrow(WorkingHoursError)
  })
})
