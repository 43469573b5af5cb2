import { customerSegments, type CustomerSegment } from "./customer-segments"

const now = Date.parse("2026-12-02T12:00:00+08:00")
const daysAgo = (days: number) => now - days * 24 * 3600_000

describe("customerSegments", () => {
  it.each<[string, number, number | null, CustomerSegment[]]>([
    ["booked, not yet visited", 0, null, []],
    ["one visit yesterday", 1, daysAgo(1), ["new"]],
    ["two recent visits", 2, daysAgo(5), []],
    ["three visits, the last 59 days ago", 3, daysAgo(59), ["regular"]],
    ["three visits, the last exactly 60 days ago", 3, daysAgo(60), ["regular"]],
    ["three visits, the last 60 days and a minute ago", 3, daysAgo(60) - 60_000, ["lapsed_60"]],
    ["one visit 90 days ago", 1, daysAgo(90), ["new", "lapsed_60"]],
    ["twelve visits, the last a year ago", 12, daysAgo(365), ["lapsed_60"]],
  ])("%s", (_, visits, lastVisitAt, expected) => {
    expect(customerSegments({ visits, lastVisitAt }, now)).toEqual(expected)
  })
})
