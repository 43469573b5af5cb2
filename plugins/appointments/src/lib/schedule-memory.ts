import { CalendarCache } from "./calendar-cache"
import { Roster } from "./roster"
import type { CalendarEntryRow, ScheduleReads } from "./schedule-reads"

/** An instance that has not read the calendar change log for this long forgets its calendars instead. */
export const CHANGE_LOG_TRUST_MS = 5 * 60_000

/**
 * The roster and calendars one commerce instance keeps in memory, and how they
 * stay true: before each use, one small query reads the roster version and the
 * change log; the roster is reloaded when its version moved, and the calendars
 * forget the beauticians the log names.
 */
export class ScheduleMemory {
  private cachedRoster?: { version: string; roster: Promise<Roster> }
  private readonly calendars: CalendarCache
  /** Where the change log was last read up to, and when. */
  private changesRead?: { database: string; xmin: bigint; at: number }
  /** Change-log rows already acted on that the next read will return again. */
  private readonly changesSeen = new Set<string>()

  constructor(private readonly reads: ScheduleReads) {
    this.calendars = new CalendarCache(reads.listCalendarEntries)
  }

  /** Brings memory up to date with everything committed so far, and returns the roster. */
  async roster(now = Date.now()): Promise<Roster> {
    const trusted = this.changesRead && now - this.changesRead.at < CHANGE_LOG_TRUST_MS ? this.changesRead : undefined
    const state = await this.reads.readChanges(trusted?.xmin ?? null)
    const changed: string[] = []
    for (const change of state.changed ?? []) {
      if (this.changesSeen.has(change)) continue
      this.changesSeen.add(change)
      changed.push(change.slice(change.indexOf(" ") + 1))
    }
    // A restored or recreated database, a stale memory, or an emptied table: nothing remembered holds.
    const forgetAll = !trusted || trusted.database !== state.database || changed.includes("*")
    if (forgetAll) this.calendars.clear()
    else this.calendars.changed(changed)
    const xmin = BigInt(state.xmin)
    for (const change of this.changesSeen) if (BigInt(change.slice(0, change.indexOf(" "))) < xmin) this.changesSeen.delete(change)
    if (forgetAll || xmin >= this.changesRead!.xmin) this.changesRead = { database: state.database, xmin, at: now }

    const rosterVersion = `${state.database} ${state.roster_version}`
    if (!this.cachedRoster || this.cachedRoster.version !== rosterVersion) {
      const cached = { version: rosterVersion, roster: this.reads.listRosterRows().then((rows) => new Roster(rows)) }
      this.cachedRoster = cached
      cached.roster.catch(() => {
        if (this.cachedRoster === cached) this.cachedRoster = undefined
      })
    }
    return await this.cachedRoster.roster
  }

  /**
   * The roster as the last `roster()` call left it, with its version, without
   * asking the database; none when the change log was not read lately. Who
   * uses it must check the version where it writes (`lockedHoldCalendar`).
   */
  rememberedRoster(now = Date.now()): { version: string; roster: Promise<Roster> } | undefined {
    if (!this.changesRead || now - this.changesRead.at >= CHANGE_LOG_TRUST_MS) return undefined
    return this.cachedRoster
  }

  /** Calendar entries from memory, as of the last `roster()` call; reads only what it does not hold. */
  async calendarEntries(beauticianIds: string[], from: Date, until: Date): Promise<CalendarEntryRow[]> {
    return await this.calendars.entries(beauticianIds, from.getTime(), until.getTime())
  }
}
