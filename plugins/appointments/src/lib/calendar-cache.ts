import type { CalendarEntryRow, LoadCalendarEntries } from "./schedule-reads"

const DAY = 24 * 60 * 60_000

interface CachedDay {
  ready: Promise<void>
  /** Entries touching the day, by beautician; a beautician with none has no key. */
  byBeautician: Map<string, CalendarEntryRow[]>
  /** Beauticians whose entries here are out of date and must be read again. */
  stale: Set<string>
  usedAt: number
}

const occupiedFrom = (row: CalendarEntryRow) => (row.kind === "visit" ? row.blocked_from : row.starts_at)
const occupiedUntil = (row: CalendarEntryRow) => (row.kind === "visit" ? row.blocked_until : row.ends_at)
const touches = (row: CalendarEntryRow, from: number, until: number) => occupiedFrom(row) < until && occupiedUntil(row) > from

/**
 * Every beautician's bookings and time off, a UTC day at a time, read once per
 * day and then kept in memory. The owner reports which beauticians changed
 * (`changed`) before each use; their days are read again for them alone. A read
 * that was under way when a change arrived never overwrites the news.
 */
export class CalendarCache {
  private readonly days = new Map<number, CachedDay>()
  /** Counts changes; a read started at an earlier count cannot vouch for beauticians changed since. */
  private changes = 0
  private readonly lastChange = new Map<string, number>()
  private clearedAt = 0

  constructor(
    private readonly load: LoadCalendarEntries,
    private readonly maxDays = 20,
  ) {}

  /** Forgets everything: used when the change feed cannot be trusted to be complete. */
  clear(): void {
    this.days.clear()
    this.changes++
    this.lastChange.clear()
    this.clearedAt = this.changes
  }

  changed(beauticianIds: Iterable<string>): void {
    for (const id of beauticianIds) {
      this.changes++
      this.lastChange.set(id, this.changes)
      for (const day of this.days.values()) {
        day.byBeautician.delete(id)
        day.stale.add(id)
      }
    }
  }

  /** The entries of these beauticians that touch `[from, until)`. */
  async entries(beauticianIds: readonly string[], from: number, until: number): Promise<CalendarEntryRow[]> {
    const first = Math.floor(from / DAY)
    const days: CachedDay[] = []
    for (let index = first; index * DAY < until; index++) days.push(this.day(index))
    await Promise.all(days.map((day) => day.ready))

    const found: CalendarEntryRow[] = []
    // A row in several days is taken from the first of them it touches.
    const take = (row: CalendarEntryRow, offset: number) => {
      const start = occupiedFrom(row)
      if (start < until && occupiedUntil(row) > from && (offset === 0 || start >= (first + offset) * DAY)) found.push(row)
    }
    const anyStale = days.some((day) => day.stale.size > 0)
    const outdated: string[] = []
    for (const id of beauticianIds) {
      if (anyStale && days.some((day) => day.stale.has(id))) {
        outdated.push(id)
        continue
      }
      for (let offset = 0; offset < days.length; offset++) {
        const rows = days[offset].byBeautician.get(id)
        if (rows) for (const row of rows) take(row, offset)
      }
    }
    if (outdated.length > 0) {
      const startedAt = this.changes
      const rows = await this.load(outdated, new Date(first * DAY), new Date((first + days.length) * DAY))
      const ids = new Set(outdated)
      days.forEach((day, offset) => this.refill(day, first + offset, ids, rows, startedAt))
      for (const row of rows) take(row, 0)
    }
    return found
  }

  private day(index: number): CachedDay {
    let day = this.days.get(index)
    if (!day) {
      const startedAt = this.changes
      const created: CachedDay = { ready: Promise.resolve(), byBeautician: new Map(), stale: new Set(), usedAt: performance.now() }
      created.ready = this.load(null, new Date(index * DAY), new Date((index + 1) * DAY)).then(
        (rows) => {
          for (const row of rows) {
            const list = created.byBeautician.get(row.beautician_id)
            if (list) list.push(row)
            else created.byBeautician.set(row.beautician_id, [row])
          }
          this.markChangedSince(created, startedAt)
        },
        (error) => {
          if (this.days.get(index) === created) this.days.delete(index)
          throw error
        },
      )
      this.days.set(index, (day = created))
      this.evictBeyond(this.maxDays)
    }
    day.usedAt = performance.now()
    return day
  }

  /** Puts freshly read entries of `ids` into a day, unless they changed again while being read. */
  private refill(day: CachedDay, index: number, ids: ReadonlySet<string>, rows: CalendarEntryRow[], startedAt: number) {
    if (this.clearedAt > startedAt) return
    for (const id of ids) {
      if ((this.lastChange.get(id) ?? 0) > startedAt) continue
      day.stale.delete(id)
      day.byBeautician.delete(id)
    }
    for (const row of rows) {
      if (!ids.has(row.beautician_id) || day.stale.has(row.beautician_id) || !touches(row, index * DAY, (index + 1) * DAY)) continue
      const list = day.byBeautician.get(row.beautician_id)
      if (list) list.push(row)
      else day.byBeautician.set(row.beautician_id, [row])
    }
  }

  private markChangedSince(day: CachedDay, startedAt: number) {
    if (this.clearedAt > startedAt) {
      for (const [index, cached] of this.days) if (cached === day) this.days.delete(index)
      return
    }
    for (const [id, at] of this.lastChange) {
      if (at > startedAt) {
        day.byBeautician.delete(id)
        day.stale.add(id)
      }
    }
  }

  private evictBeyond(limit: number) {
    while (this.days.size > limit) {
      let oldest: number | undefined
      for (const [index, day] of this.days) if (oldest === undefined || day.usedAt < this.days.get(oldest)!.usedAt) oldest = index
      this.days.delete(oldest!)
    }
  }
}
