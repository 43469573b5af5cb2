import { dashboardPeriods, reportPeriod } from "../period"
import { minutesByDay } from "../day-minutes"

const ZONE = "Asia/Shanghai"
const now = new Date("2026-12-02T17:30:00Z") // 01:30 on 3 December in Shanghai

describe("reportPeriod", () => {
  it("covers the local days, both included, from Shanghai's midnights", () => {
    const period = reportPeriod(ZONE, now, "2026-06-30", "2026-07-01")
    expect(period).toMatchObject({ from: "2026-06-30", to: "2026-07-01", days: ["2026-06-30", "2026-07-01"] })
    expect(period.start.toISOString()).toBe("2026-06-29T16:00:00.000Z")
    expect(period.end.toISOString()).toBe("2026-07-01T16:00:00.000Z")
  })

  it.each([
    ["the 30 days to today (Shanghai's date, not UTC's)", undefined, undefined, "2026-11-04", "2026-12-03", 30],
    ["to a given day", undefined, "2026-11-30", "2026-11-01", "2026-11-30", 30],
    ["a leap year's whole year", "2024-01-01", "2024-12-31", "2024-01-01", "2024-12-31", 366],
    ["one day", "2026-02-28", "2026-02-28", "2026-02-28", "2026-02-28", 1],
  ])("takes %s", (_, from, to, first, last, count) => {
    const period = reportPeriod(ZONE, now, from, to)
    expect([period.from, period.to, period.days.length]).toEqual([first, last, count])
  })

  it.each([
    ["from after to", "2026-12-02", "2026-12-01", "INVALID_INPUT"],
    ["more than 366 days", "2025-01-01", "2026-01-02", "REPORT_PERIOD_TOO_LONG"],
  ])("refuses %s", (_, from, to, code) => {
    expect(() => reportPeriod(ZONE, now, from, to)).toThrow(expect.objectContaining({ status: 400, code }))
  })

  it("gives the dashboard today, 7 and 30 days ending today", () => {
    const periods = dashboardPeriods(ZONE, now)
    expect([periods.today.from, periods.last_7_days.from, periods.last_30_days.from, periods.last_30_days.to]).toEqual(["2026-12-03", "2026-11-27", "2026-11-04", "2026-12-03"])
  })
})

describe("minutesByDay", () => {
  const H = 3600_000
  const days = [0, 1, 2].map((d) => ({ start: d * 24 * H, end: (d + 1) * 24 * H }))
  it.each([
    ["nothing", [], [0, 0, 0]],
    ["a range within one day", [{ start: 9 * H, end: 10.5 * H }], [90, 0, 0]],
    ["a range across midnight", [{ start: 23 * H, end: 25 * H }], [60, 60, 0]],
    ["ranges over every day and past the end", [{ start: 1 * H, end: 2 * H }, { start: 47 * H, end: 80 * H }], [60, 60, 24 * 60]],
  ])("splits %s", (_, ranges, expected) => {
    expect(minutesByDay(ranges, days)).toEqual(expected)
  })
})
