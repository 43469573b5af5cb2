import type { RosterRow } from "./roster"

/**
 * What the in-memory schedule reads from the database. The appointment
 * module's service implements it and hands it to `ScheduleMemory` when it
 * builds one, so the memory and its calendar cache never import the service.
 */
export interface ScheduleReads {
  readChanges(since: bigint | null): Promise<ChangeLogState>
  listRosterRows(): Promise<RosterRow[]>
  listCalendarEntries: LoadCalendarEntries
}

/** Reads calendar entries touching `[from, until)`: of these beauticians, or of everyone (`null`). */
export type LoadCalendarEntries = (beauticianIds: string[] | null, from: Date, until: Date) => Promise<CalendarEntryRow[]>

/** One read of the change log (see the migration that adds `calendar_change`). */
export interface ChangeLogState {
  /** The database's oid: a restored or recreated database is another one. */
  database: string
  /** The oldest transaction still running: the next read starts from here. */
  xmin: string
  roster_version: string | null
  /** "<xid> <beautician id>" for each change at or above the `since` asked for; "*" for an emptied table. */
  changed: string[] | null
}

/** One thing on a calendar, instants in epoch milliseconds; a visit's fields are null for time off. */
export type CalendarEntryRow =
  | { kind: "visit"; beautician_id: string; id: string; status: string; expires_at: number | null; starts_at: number; ends_at: number; blocked_from: number; blocked_until: number; travel_in_minutes: number; lat: number; lng: number }
  | { kind: "time_off"; beautician_id: string; id: string; starts_at: number; ends_at: number }
