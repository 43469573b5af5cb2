import { DateTime } from "luxon"
import { gridStarts, isOnGrid, localDate } from "./slot-grid"

const local = (ms: number[], zone: string) => ms.map((m) => DateTime.fromMillis(m, { zone }).toFormat("HH:mm"))

describe("gridStarts", () => {
  it("gives 48 half-hour starts on an ordinary Shanghai day", () => {
    const starts = gridStarts("Asia/Shanghai", 30, localDate("Asia/Shanghai", "2026-11-25"))
    expect(starts).toHaveLength(48)
    expect(local(starts.slice(0, 3), "Asia/Shanghai")).toEqual(["00:00", "00:30", "01:00"])
  })

  it("keeps :00 and :30 in Asia/Kolkata (+05:30)", () => {
    const starts = gridStarts("Asia/Kolkata", 30, localDate("Asia/Kolkata", "2026-11-25"))
    expect(local(starts.slice(18, 20), "Asia/Kolkata")).toEqual(["09:00", "09:30"])
    expect(new Date(starts[18]).toISOString()).toBe("2026-11-25T03:30:00.000Z")
  })

  it.each([
    ["spring forward skips 02:00 and 02:30", "2026-03-08", 46, ["01:30", "03:00"]],
    ["fall back counts 01:00 and 01:30 once", "2026-11-01", 48, ["01:30", "02:00"]],
  ])("America/New_York: %s", (_, date, count, around) => {
    const starts = gridStarts("America/New_York", 30, localDate("America/New_York", date))
    expect(starts).toHaveLength(count)
    expect(new Set(starts).size).toBe(count)
    const times = local(starts, "America/New_York")
    expect(times.slice(3, 5)).toEqual(around)
  })

  it("rejects a step that does not divide the day", () => {
    expect(() => gridStarts("Asia/Shanghai", 35, localDate("Asia/Shanghai", "2026-11-25"))).toThrow(RangeError)
  })
})

describe("isOnGrid", () => {
  it.each([
    ["2026-11-25T10:30:00+08:00", true],
    ["2026-11-25T10:15:00+08:00", false],
    ["2026-11-25T10:30:01+08:00", false],
  ])("%s → %s", (iso, expected) => {
    expect(isOnGrid("Asia/Shanghai", 30, Date.parse(iso))).toBe(expected)
  })
})
