import { DateTime } from "luxon"
import { availableSlots, earliestSlot, planVisit, SlotSearch } from "./availability"
import { DEFAULT_SLOT_RULES, type AvailabilityQuery, type BeauticianSchedule, type BookedVisit } from "./schedule"
import { rejectStart } from "./requested-start"
import { localDate } from "./slot-grid"
import { straightLineEstimator } from "./travel-time"

const ZONE = "Asia/Shanghai"
const travel = straightLineEstimator() // 1.4 road factor, 25 km/h, rounded up to 5 min
const rules = { ...DEFAULT_SLOT_RULES, bufferBeforeMinutes: 10, bufferAfterMinutes: 10 }

const peoplesSquare = { lat: 31.2304, lng: 121.4737 } // the beautician's home
const lujiazui = { lat: 31.2397, lng: 121.4998 } // 10 min away
const songjiang = { lat: 31.0463, lng: 121.2086 } // 110 min away
const suzhou = { lat: 31.2989, lng: 120.5853 } // 85 km: outside any Shanghai radius

const at = (time: string, date = "2026-11-25") => DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toMillis()
const hhmm = (ms: number) => DateTime.fromMillis(ms, { zone: ZONE }).toFormat("HH:mm")

const visit = (start: string, end: string, location = lujiazui): BookedVisit => ({
  start: at(start),
  end: at(end),
  location,
  bufferBeforeMinutes: 10,
  bufferAfterMinutes: 10,
})

const beautician = (overrides: Partial<BeauticianSchedule> = {}): BeauticianSchedule => ({
  id: "bea_wang",
  home: peoplesSquare,
  serviceRadiusKm: 12,
  hours: { timezone: ZONE, weekly: [{ weekday: 3, start: "09:00", end: "18:00" }] }, // Wednesdays
  timeOff: [],
  visits: [],
  ...overrides,
})

const query = (overrides: Partial<AvailabilityQuery> = {}): AvailabilityQuery => ({
  now: at("07:00"),
  timezone: ZONE,
  window: localDate(ZONE, "2026-11-25"),
  durationMinutes: 60,
  address: { location: lujiazui },
  ...overrides,
})

const startsFor = (schedule: BeauticianSchedule, q: AvailabilityQuery = query()) =>
  availableSlots([schedule], q, rules, travel).map((slot) => hhmm(slot.start))

describe("availableSlots for one beautician", () => {
  it("leaves room for travel and buffers from and back to home", () => {
    // 09:00 + 10 min travel + 10 min prep → 09:20, so 09:30; a 60-min visit ending 17:40 still gets home by 18:00.
    const starts = startsFor(beautician())
    expect(starts[0]).toBe("09:30")
    expect(starts[starts.length - 1]).toBe("16:30")
    expect(starts).toHaveLength(15)
  })

  it("honours the minimum notice: at 10:10, the first start is 11:30", () => {
    expect(startsFor(beautician(), query({ now: at("10:10") }))[0]).toBe("11:30")
  })

  it("blocks a booked visit with its buffers and the travel around it", () => {
    // A visit 12:00–13:00 next door (10 min): occupied 11:50–13:10.
    const starts = startsFor(beautician({ visits: [visit("12:00", "13:00")] }))
    // Before: end + 10 buffer + 10 travel ≤ 11:50 → end ≤ 11:30 → start ≤ 10:30.
    expect(starts).toContain("10:30")
    expect(starts).not.toContain("11:00")
    // After: 13:10 + 10 travel + 10 prep = 13:30.
    expect(starts).toContain("13:30")
    expect(starts).not.toContain("13:00")
  })

  it("makes a slot impossible when the previous visit is too far away", () => {
    // Songjiang visit until 13:00: 13:10 + 110 min + 10 min prep = 15:10 → 15:30 at the earliest.
    const starts = startsFor(beautician({ serviceRadiusKm: 40, visits: [visit("11:00", "13:00", songjiang)] }))
    expect(starts.filter((s) => s >= "13:00")[0]).toBe("15:30")
  })

  it("touching ranges do not collide: a visit may start right where the last one's buffer ends", () => {
    // Same address, no travel: a visit 10:00–11:00 occupies until 11:10; the next prep may start at 11:10.
    const tenMinuteGrid = { ...rules, stepMinutes: 10 }
    const slots = availableSlots([beautician({ visits: [visit("10:00", "11:00")] })], query(), tenMinuteGrid, travel)
    const starts = slots.map((slot) => hhmm(slot.start))
    expect(starts).toContain("11:20")
    expect(starts).not.toContain("11:10")
  })

  it("respects time off", () => {
    const starts = startsFor(beautician({ timeOff: [{ start: at("12:00"), end: at("18:00") }] }))
    expect(starts[starts.length - 1]).toBe("10:30")
  })

  it("offers nothing outside the service area", () => {
    expect(startsFor(beautician(), query({ address: { location: suzhou } }))).toEqual([])
  })

  it("applies the optional district list on top of the radius", () => {
    const schedule = beautician({ districts: ["黄浦区", "浦东新区"] })
    expect(startsFor(schedule, query({ address: { location: lujiazui, district: "浦东新区" } }))).not.toEqual([])
    expect(startsFor(schedule, query({ address: { location: lujiazui, district: "静安区" } }))).toEqual([])
    expect(startsFor(schedule, query({ address: { location: lujiazui } }))).toEqual([])
  })

  it("offers nothing beyond the 14-day horizon", () => {
    const window = localDate(ZONE, "2026-12-09")
    expect(startsFor(beautician(), query({ now: at("07:00"), window }))).toEqual([])
    expect(startsFor(beautician(), query({ now: at("07:00", "2026-11-26"), window }))).not.toEqual([])
  })

  it("works a shift that crosses midnight", () => {
    const night = beautician({ hours: { timezone: ZONE, weekly: [{ weekday: 3, start: "20:00", end: "02:00" }] } })
    const starts = availableSlots([night], query({ window: localDate(ZONE, "2026-11-25", 2) }), rules, travel)
    expect(starts.map((s) => DateTime.fromMillis(s.start, { zone: ZONE }).toFormat("dd HH:mm"))).toEqual([
      "25 20:30", "25 21:00", "25 21:30", "25 22:00", "25 22:30", "25 23:00", "25 23:30", "26 00:00", "26 00:30",
    ])
  })
})

describe("availableSlots across beauticians", () => {
  it("lists every beautician who can take each start, and 'as soon as possible' is the first", () => {
    const early = beautician({ id: "bea_early", hours: { timezone: ZONE, weekly: [{ weekday: 3, start: "08:00", end: "12:00" }] } })
    const late = beautician({ id: "bea_late", hours: { timezone: ZONE, weekly: [{ weekday: 3, start: "10:00", end: "18:00" }] } })
    const slots = availableSlots([early, late], query(), rules, travel)
    const byTime = new Map(slots.map((s) => [hhmm(s.start), s.beauticianIds]))
    expect(byTime.get("08:30")).toEqual(["bea_early"])
    expect(byTime.get("10:30")).toEqual(["bea_early", "bea_late"])
    expect(byTime.get("15:00")).toEqual(["bea_late"])
    expect(hhmm(earliestSlot([early, late], query(), rules, travel)!.start)).toBe("08:30")
  })
})

describe("SlotSearch, nearest first with a cap per start", () => {
  // A street of beauticians, each a little further from the address; some busy, some working only afternoons.
  const street = Array.from({ length: 40 }, (_, i) =>
    beautician({
      id: `bea_${String(i).padStart(2, "0")}`,
      home: { lat: lujiazui.lat + i * 0.002, lng: lujiazui.lng },
      hours: { timezone: ZONE, weekly: [{ weekday: 3, start: i % 3 === 0 ? "13:00" : "09:00", end: "18:00" }] },
      visits: i % 4 === 1 ? [visit("10:00", "12:00")] : [],
    }),
  )

  it("keeps, for each start, the first beauticians in the caller's order who can take it", () => {
    const all = availableSlots(street, query(), rules, travel)
    const search = new SlotSearch(query(), rules, travel, street, 3)
    street.forEach((schedule) => search.examine(schedule))
    const capped = search.slots()
    expect(capped.map((s) => s.start)).toEqual(all.map((s) => s.start))
    capped.forEach((slot, i) => expect(slot.beauticianIds).toEqual(all[i].beauticianIds.slice(0, 3)))
  })

  it("settles once every start is full or nobody left works then, long before the end of the street", () => {
    const search = new SlotSearch(query(), rules, travel, street, 3)
    let examined = 0
    while (!search.settled) search.examine(street[examined++])
    expect(examined).toBeLessThan(10)
    const all = availableSlots(street, query(), rules, travel)
    expect(search.slots()).toEqual(all.map((slot) => ({ ...slot, beauticianIds: slot.beauticianIds.slice(0, 3) })))
  })

  it("keeps looking for a start only the far end of the street can take", () => {
    // Only the last beautician works evenings: the search must reach her.
    const evening = beautician({ id: "bea_evening", hours: { timezone: ZONE, weekly: [{ weekday: 3, start: "18:00", end: "22:00" }] } })
    const candidates = [...street, evening]
    const search = new SlotSearch(query(), rules, travel, candidates, 3)
    let examined = 0
    while (!search.settled) search.examine(candidates[examined++])
    expect(examined).toBe(candidates.length)
    expect(search.slots().find((slot) => hhmm(slot.start) === "19:00")?.beauticianIds).toEqual(["bea_evening"])
  })

  it("is settled at once when the window is already closed", () => {
    const search = new SlotSearch(query({ now: at("23:30") }), rules, travel, street, 3)
    expect(search.settled).toBe(true)
    expect(search.slots()).toEqual([])
  })
})

describe("planVisit", () => {
  it("stores travel in and the buffers as the blocked range", () => {
    const plan = planVisit(beautician(), at("10:00"), 60, { location: lujiazui }, rules, travel)!
    expect(hhmm(plan.blocked.start)).toBe("09:40")
    expect(hhmm(plan.blocked.end)).toBe("11:10")
    expect(plan).toMatchObject({ travelInMinutes: 10, travelOutMinutes: 10 })
  })

  it("moves the next visit's travel in to start from the new address", () => {
    // Next visit 14:00 in Songjiang (its prep from 13:50). A 10:00 visit next door now precedes it:
    // the Songjiang trip starts from Lujiazui (about 110 min), so its block starts at 13:50 − 110 min.
    const schedule = beautician({ serviceRadiusKm: 40, visits: [{ ...visit("14:00", "15:00", songjiang), id: "appt_next" }] })
    const plan = planVisit(schedule, at("10:00"), 60, { location: lujiazui }, rules, travel)!
    expect(plan.nextVisit?.id).toBe("appt_next")
    expect(hhmm(plan.nextVisit!.blockedFrom)).toBe(hhmm(at("13:50") - plan.travelOutMinutes * 60_000))
    expect(plan.nextVisit!.blockedFrom).toBeGreaterThanOrEqual(plan.blocked.end)
  })

  it("refuses a start that collides with a visit", () => {
    expect(planVisit(beautician({ visits: [visit("10:00", "11:00")] }), at("10:30"), 60, { location: lujiazui }, rules, travel)).toBeUndefined()
  })
})

describe("rejectStart", () => {
  it.each([
    ["10:15", "07:00", "START_OFF_GRID"],
    ["06:30", "07:00", "START_IN_PAST"],
    ["07:30", "07:00", "START_TOO_SOON"],
    ["08:00", "07:00", undefined],
  ])("start %s at %s → %s", (start, now, code) => {
    expect(rejectStart(rules, ZONE, at(now), at(start))).toBe(code)
  })

  it("rejects a start at or beyond the horizon", () => {
    expect(rejectStart(rules, ZONE, at("07:00"), at("07:00", "2026-12-09"))).toBe("BEYOND_HORIZON")
    expect(rejectStart(rules, ZONE, at("07:00"), at("06:30", "2026-12-09"))).toBeUndefined()
  })
})
