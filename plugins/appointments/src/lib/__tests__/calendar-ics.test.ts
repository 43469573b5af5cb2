import { jobsCalendar, type FeedJob } from "../calendar-ics"

const job = (over: Partial<FeedJob> = {}): FeedJob => ({
  id: "appt_1",
  status: "assigned",
  starts_at: new Date("2026-12-03T06:00:00Z"),
  ends_at: new Date("2026-12-03T07:30:00Z"),
  updated_at: new Date("2026-12-01T02:03:04Z"),
  service: "中式推拿",
  option: "标准 60 分钟",
  district: "浦东新区",
  city: "上海",
  ...over,
})
/** The file's logical lines (RFC 5545 folds long lines with CRLF and a space). */
const lines = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n")

describe("jobsCalendar", () => {
  it.each([
    ["Asia/Shanghai", job(), "20261203T140000", "20261203T153000"],
    // Summer time in New York: the zone's own offset, and its DAYLIGHT rule in the VTIMEZONE.
    ["America/New_York", job({ starts_at: new Date("2026-07-01T14:00:00Z"), ends_at: new Date("2026-07-01T15:00:00Z") }), "20260701T100000", "20260701T110000"],
  ])("writes %s local times under the zone's TZID, with its VTIMEZONE", (zone, visit, start, end) => {
    const ics = lines(jobsCalendar({ name: "王静", timezone: zone, jobs: [visit] }))
    expect(ics).toContain(`DTSTART;TZID=${zone}:${start}`)
    expect(ics).toContain(`DTEND;TZID=${zone}:${end}`)
    expect(ics).toContain(`TZID:${zone}`)
    expect(ics.filter((line) => line === "BEGIN:VTIMEZONE")).toHaveLength(1)
    if (zone === "America/New_York") expect(ics).toContain("BEGIN:DAYLIGHT")
    // DTSTAMP is UTC, as RFC 5545 requires.
    expect(ics).toContain("DTSTAMP:20261201T020304Z")
  })

  it("names the service and the district, and sends the beautician to the app for the rest", () => {
    const ics = lines(jobsCalendar({ name: "王静", timezone: "Asia/Shanghai", jobs: [job()] }))
    expect(ics).toEqual(expect.arrayContaining(["UID:appt_1@doorstep", "SUMMARY:中式推拿", "LOCATION:上海 浦东新区", "STATUS:CONFIRMED"]))
    expect(ics.find((line) => line.startsWith("DESCRIPTION:"))).toContain("Doorstep 美容师端")
  })

  it("marks a cancelled visit STATUS:CANCELLED and says so in its title", () => {
    const ics = lines(jobsCalendar({ name: "王静", timezone: "Asia/Shanghai", jobs: [job({ status: "cancelled", service: null, district: null, city: null })] }))
    expect(ics).toEqual(expect.arrayContaining(["STATUS:CANCELLED", "SUMMARY:已取消 · Cancelled: 上门服务 · Home visit"]))
    expect(ics.some((line) => line.startsWith("LOCATION"))).toBe(false)
  })

  it("is an empty calendar, still valid, without jobs", () => {
    const ics = lines(jobsCalendar({ name: "王静", timezone: "Asia/Shanghai", jobs: [] }))
    expect(ics[0]).toBe("BEGIN:VCALENDAR")
    expect(ics).toContain("END:VCALENDAR")
    expect(ics.some((line) => line === "BEGIN:VEVENT")).toBe(false)
  })
})
