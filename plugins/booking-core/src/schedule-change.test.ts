import { DateTime } from "luxon"
import { newlyOrphanedVisits, orphanedVisits } from "./schedule-change"
import type { WorkingHours } from "./working-hours"

const ZONE = "Asia/Shanghai"
const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis()
const visit = (id: string, from: string, to: string) => ({ id, start: at(from), end: at(to) })

// Wednesday 2026-11-25 and Thursday 2026-11-26.
const booked = [visit("morning", "2026-11-25T10:00", "2026-11-25T11:00"), visit("evening", "2026-11-26T19:00", "2026-11-26T20:30")]

describe("orphanedVisits", () => {
  it.each<[string, WorkingHours["weekly"], string[]]>([
    ["hours that still cover both", [{ weekday: 3, start: "09:00", end: "18:00" }, { weekday: 4, start: "12:00", end: "21:00" }], []],
    ["Thursday evenings dropped", [{ weekday: 3, start: "09:00", end: "18:00" }, { weekday: 4, start: "09:00", end: "18:00" }], ["evening"]],
    ["a visit cut by a new lunch break", [{ weekday: 3, start: "09:00", end: "10:30" }, { weekday: 3, start: "11:00", end: "18:00" }, { weekday: 4, start: "12:00", end: "21:00" }], ["morning"]],
    ["a visit ending exactly at closing time", [{ weekday: 3, start: "09:00", end: "11:00" }, { weekday: 4, start: "19:00", end: "20:30" }], []],
    ["no hours at all", [], ["morning", "evening"]],
  ])("%s", (_, weekly, expected) => {
    expect(orphanedVisits({ timezone: ZONE, weekly }, [], booked).map((v) => v.id)).toEqual(expected)
  })

  it("counts time off as not working", () => {
    const weekly: WorkingHours["weekly"] = [{ weekday: 3, start: "09:00", end: "18:00" }, { weekday: 4, start: "09:00", end: "21:00" }]
    const timeOff = [{ start: at("2026-11-25T10:30"), end: at("2026-11-25T12:00") }]
    expect(orphanedVisits({ timezone: ZONE, weekly }, timeOff, booked).map((v) => v.id)).toEqual(["morning"])
  })
})

describe("newlyOrphanedVisits", () => {
  const weekly: WorkingHours["weekly"] = [{ weekday: 3, start: "09:00", end: "18:00" }, { weekday: 4, start: "09:00", end: "18:00" }]
  const hours = { timezone: ZONE, weekly }

  it("lets a visit already outside working time block no unrelated change", () => {
    const elsewhere = [{ start: at("2026-11-25T14:00"), end: at("2026-11-25T15:00") }]
    expect(newlyOrphanedVisits({ hours, timeOff: [] }, { hours, timeOff: elsewhere }, booked)).toEqual([])
  })

  it("still names a visit the change itself strands", () => {
    const overMorning = [{ start: at("2026-11-25T09:30"), end: at("2026-11-25T10:30") }]
    expect(newlyOrphanedVisits({ hours, timeOff: [] }, { hours, timeOff: overMorning }, booked).map((v) => v.id)).toEqual(["morning"])
  })
})
