import { CalendarCache } from "../calendar-cache"
import type { CalendarEntryRow } from "../schedule-reads"

const HOUR = 3_600_000
const DAY = 24 * HOUR
const day0 = Date.UTC(2026, 10, 26)

const visit = (id: string, beautician: string, from: number, hours = 1): CalendarEntryRow => ({
  kind: "visit",
  beautician_id: beautician,
  id,
  status: "confirmed",
  expires_at: null,
  starts_at: from + 0.5 * HOUR,
  ends_at: from + (0.5 + hours) * HOUR,
  blocked_from: from,
  blocked_until: from + (hours + 1) * HOUR,
  travel_in_minutes: 20,
  lat: 31.23,
  lng: 121.47,
})

/** The database as the cache sees it: rows, and every read made of them. */
function database(rows: CalendarEntryRow[]) {
  const reads: Array<{ ids: string[] | null; from: number; until: number }> = []
  let gate: Promise<void> | undefined
  const load = async (ids: string[] | null, from: Date, until: Date) => {
    reads.push({ ids, from: from.getTime(), until: until.getTime() })
    const snapshot = rows.filter(
      (r) =>
        (ids === null || ids.includes(r.beautician_id)) &&
        (r.kind === "visit" ? r.blocked_from : r.starts_at) < until.getTime() &&
        (r.kind === "visit" ? r.blocked_until : r.ends_at) > from.getTime(),
    )
    if (gate) await gate
    return snapshot
  }
  return {
    rows,
    reads,
    load,
    /** Holds every read's answer (taken now, before any later change) until `open()`. */
    pause() {
      let open!: () => void
      gate = new Promise((resolve) => (open = resolve))
      return () => {
        gate = undefined
        open()
      }
    },
  }
}

const ids = (rows: CalendarEntryRow[]) => rows.map((r) => r.id).sort()

describe("CalendarCache", () => {
  it("reads each day once for everyone, then answers from memory", async () => {
    const db = database([visit("a1", "bea_a", day0 + 10 * HOUR), visit("b1", "bea_b", day0 + 12 * HOUR), visit("c1", "bea_c", day0 + DAY + 9 * HOUR)])
    const cache = new CalendarCache(db.load)
    expect(ids(await cache.entries(["bea_a", "bea_b"], day0, day0 + DAY))).toEqual(["a1", "b1"])
    expect(ids(await cache.entries(["bea_b"], day0, day0 + DAY))).toEqual(["b1"])
    expect(db.reads).toEqual([{ ids: null, from: day0, until: day0 + DAY }])
  })

  it("answers only what touches the range, and a visit across midnight once", async () => {
    const late = visit("late", "bea_a", day0 + 23 * HOUR, 2) // blocked 23:00 → 02:00
    const db = database([late, visit("morning", "bea_a", day0 + DAY + 9 * HOUR)])
    const cache = new CalendarCache(db.load)
    expect(ids(await cache.entries(["bea_a"], day0, day0 + 2 * DAY))).toEqual(["late", "morning"])
    expect(ids(await cache.entries(["bea_a"], day0 + DAY + 3 * HOUR, day0 + 2 * DAY))).toEqual(["morning"])
    expect(ids(await cache.entries(["bea_a"], day0, day0 + 12 * HOUR))).toEqual([])
  })

  it("reads a changed beautician again, alone, and sees the change", async () => {
    const db = database([visit("a1", "bea_a", day0 + 10 * HOUR), visit("b1", "bea_b", day0 + 12 * HOUR)])
    const cache = new CalendarCache(db.load)
    await cache.entries(["bea_a", "bea_b"], day0, day0 + DAY)
    db.rows.push(visit("a2", "bea_a", day0 + 15 * HOUR))
    cache.changed(["bea_a"])
    expect(ids(await cache.entries(["bea_a", "bea_b"], day0, day0 + DAY))).toEqual(["a1", "a2", "b1"])
    expect(db.reads.slice(1)).toEqual([{ ids: ["bea_a"], from: day0, until: day0 + DAY }])
    expect(ids(await cache.entries(["bea_a"], day0, day0 + DAY))).toEqual(["a1", "a2"])
    expect(db.reads).toHaveLength(2)
  })

  it("does not lose a change that arrives while a day is being read", async () => {
    const db = database([visit("a1", "bea_a", day0 + 10 * HOUR)])
    const cache = new CalendarCache(db.load)
    const open = db.pause()
    const reading = cache.entries(["bea_a"], day0, day0 + DAY) // the read took its rows before the change
    db.rows.push(visit("a2", "bea_a", day0 + 15 * HOUR))
    cache.changed(["bea_a"])
    open()
    await reading
    expect(ids(await cache.entries(["bea_a"], day0, day0 + DAY))).toEqual(["a1", "a2"])
  })

  it("does not store a beautician's re-read if they changed again meanwhile", async () => {
    const db = database([visit("a1", "bea_a", day0 + 10 * HOUR)])
    const cache = new CalendarCache(db.load)
    await cache.entries(["bea_a"], day0, day0 + DAY)
    cache.changed(["bea_a"])
    const open = db.pause()
    const rereading = cache.entries(["bea_a"], day0, day0 + DAY)
    while (db.reads.length < 2) await new Promise((resolve) => setImmediate(resolve))
    db.rows.splice(0, 1)
    cache.changed(["bea_a"])
    open()
    expect(ids(await rereading)).toEqual(["a1"]) // as of when that read began
    expect(ids(await cache.entries(["bea_a"], day0, day0 + DAY))).toEqual([])
  })

  it("forgets everything on clear(), even what a read under way brings back", async () => {
    const db = database([visit("a1", "bea_a", day0 + 10 * HOUR)])
    const cache = new CalendarCache(db.load)
    const open = db.pause()
    const reading = cache.entries(["bea_a"], day0, day0 + DAY)
    db.rows.splice(0, 1)
    cache.clear()
    open()
    await reading
    expect(await cache.entries(["bea_a"], day0, day0 + DAY)).toEqual([])
  })

  it("keeps at most maxDays, dropping the least recently used", async () => {
    const db = database([])
    const cache = new CalendarCache(db.load, 2)
    await cache.entries(["bea_a"], day0, day0 + DAY)
    await cache.entries(["bea_a"], day0 + DAY, day0 + 2 * DAY)
    await cache.entries(["bea_a"], day0, day0 + DAY) // day 0 used again
    await cache.entries(["bea_a"], day0 + 2 * DAY, day0 + 3 * DAY) // evicts day 1
    const before = db.reads.length
    await cache.entries(["bea_a"], day0, day0 + DAY)
    expect(db.reads).toHaveLength(before)
    await cache.entries(["bea_a"], day0 + DAY, day0 + 2 * DAY)
    expect(db.reads).toHaveLength(before + 1)
  })

  it("lets a failed read be tried again", async () => {
    let fail = true
    const db = database([visit("a1", "bea_a", day0 + 10 * HOUR)])
    const cache = new CalendarCache(async (...args) => {
      if (fail) throw new Error("connection lost")
      return await db.load(...args)
    })
    await expect(cache.entries(["bea_a"], day0, day0 + DAY)).rejects.toThrow("connection lost")
    fail = false
    expect(ids(await cache.entries(["bea_a"], day0, day0 + DAY))).toEqual(["a1"])
  })
})
