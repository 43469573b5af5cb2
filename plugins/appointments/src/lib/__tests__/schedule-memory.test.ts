import type { RosterRow } from "../roster"
import { CHANGE_LOG_TRUST_MS, ScheduleMemory } from "../schedule-memory"
import type { CalendarEntryRow, ChangeLogState } from "../schedule-reads"

const DAY = 86_400_000
const day0 = Date.UTC(2026, 10, 26)
const row = (id: string): RosterRow => ({
  id,
  timezone: "Asia/Shanghai",
  home_lat: 31.23,
  home_lng: 121.47,
  service_radius_km: 10,
  service_districts: null,
  skill_product_ids: ["prod_tuina"],
  weekly: [],
  overrides: [],
})

/** A database as the memory sees it: what the change log says next, and every read made. */
function database() {
  const state: ChangeLogState = { database: "16384", xmin: "100", roster_version: "1", changed: null }
  const reads = { changesSince: [] as Array<bigint | null>, roster: 0, calendars: [] as Array<string[] | null> }
  const memory = new ScheduleMemory({
    readChanges: async (since) => {
      reads.changesSince.push(since)
      return { ...state }
    },
    listRosterRows: async () => {
      reads.roster++
      return [row("bea_a"), row("bea_b")]
    },
    listCalendarEntries: async (ids) => {
      reads.calendars.push(ids)
      return [] as CalendarEntryRow[]
    },
  })
  const calendars = () => memory.calendarEntries(["bea_a", "bea_b"], new Date(day0), new Date(day0 + DAY))
  return { state, reads, memory, calendars }
}

describe("ScheduleMemory", () => {
  it("reads the roster and each day once, then only the change log", async () => {
    const db = database()
    await db.memory.roster(day0)
    await db.calendars()
    await db.memory.roster(day0 + 1000)
    await db.calendars()
    expect(db.reads.roster).toBe(1)
    expect(db.reads.calendars).toEqual([null])
    expect(db.reads.changesSince).toEqual([null, 100n])
  })

  it("re-reads only the beauticians the log names, once per change", async () => {
    const db = database()
    await db.memory.roster(day0)
    await db.calendars()
    db.state.changed = ["105 bea_a"]
    await db.memory.roster(day0 + 1000)
    await db.calendars()
    await db.memory.roster(day0 + 2000) // the same row comes back while transaction 100 still runs
    await db.calendars()
    expect(db.reads.calendars).toEqual([null, ["bea_a"]])
  })

  it("reloads the roster when its version moves", async () => {
    const db = database()
    await db.memory.roster(day0)
    db.state.roster_version = "2"
    await db.memory.roster(day0 + 1000)
    expect(db.reads.roster).toBe(2)
  })

  it.each([
    ["the database was recreated", (db: ReturnType<typeof database>) => void (db.state.database = "16999")],
    ["a table was emptied", (db: ReturnType<typeof database>) => void (db.state.changed = ["110 *"])],
  ])("forgets everything when %s", async (_, change) => {
    const db = database()
    await db.memory.roster(day0)
    await db.calendars()
    change(db)
    await db.memory.roster(day0 + 1000)
    await db.calendars()
    expect(db.reads.calendars).toEqual([null, null])
  })

  it("does not trust a log it has not read for five minutes", async () => {
    const db = database()
    await db.memory.roster(day0)
    await db.calendars()
    await db.memory.roster(day0 + CHANGE_LOG_TRUST_MS + 1)
    await db.calendars()
    expect(db.reads.changesSince).toEqual([null, null])
    expect(db.reads.calendars).toEqual([null, null])
  })
})
