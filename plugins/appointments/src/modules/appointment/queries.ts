import type { RosterRow } from "../../lib/roster"
import type { CalendarEntryRow, ChangeLogState } from "../../lib/schedule-reads"
import { textArray } from "../../lib/text-array"

/**
 * The plain SQL the appointment module runs where the ORM would be slower or
 * would reorder statements. Each function takes the manager to run on: the
 * request's, or a transaction's.
 */

/** The ORM's entity manager, used for plain statements that must run at once and in order. */
export interface SqlManager {
  execute<Row = Record<string, unknown>>(sql: string, params: unknown[]): Promise<Row[]>
}
export const sqlOf = (manager: unknown) => manager as SqlManager

export { textArray } from "../../lib/text-array"

/** The first key of every beautician's calendar lock (the second is a hash of their id). */
export const CALENDAR_LOCK_CLASS = 7305

/** The change log at or above `since` (null: only where it stands), the roster version, and which database this is. */
export async function readChangeLog(manager: SqlManager, since: bigint | null): Promise<ChangeLogState> {
  const [state] = await manager.execute<ChangeLogState>(
    `select (select "oid"::text from "pg_database" where "datname" = current_database()) as "database",
            pg_snapshot_xmin(pg_current_snapshot())::text as "xmin",
            (select "version"::text from "beautician_roster_version" where "id" = 1) as "roster_version",
            ${since === null ? "null" : `(select array_agg("xid"::text || ' ' || "beautician_id") from "calendar_change" where "xid" >= ?::xid8)`} as "changed"`,
    since === null ? [] : [since.toString()],
  )
  return state
}

/** Every active beautician of a bookable studio, with weekly hours and upcoming date overrides. */
export async function rosterRows(manager: SqlManager): Promise<RosterRow[]> {
  return await manager.execute<RosterRow>(
    `select b."id", b."merchant_handle", b."timezone", b."home_lat", b."home_lng", b."service_radius_km", b."service_districts", b."skill_product_ids",
            coalesce(json_agg(json_build_object('weekday', w."weekday", 'start', w."start_time", 'end', w."end_time"))
                     filter (where w."id" is not null), '[]') as "weekly",
            (select coalesce(json_agg(json_build_object('date', o."date", 'windows', o."windows") order by o."date"), '[]')
               from "date_override" o
              where o."beautician_id" = b."id" and o."deleted_at" is null and o."date" >= to_char(now() - interval '2 days', 'YYYY-MM-DD')) as "overrides"
       from "beautician" b
       left join "working_hours" w on w."beautician_id" = b."id" and w."deleted_at" is null
      where b."status" = 'active' and b."merchant_bookable" and b."deleted_at" is null
      group by b."id"`,
    [],
  )
}

/**
 * What fills these beauticians' calendars (or everyone's, for `null`) during
 * `[from, until)`, in one round trip: the appointments that occupy time (with
 * the no-overlap constraint's own predicate, so PostgreSQL answers from its gist
 * index) and time off. Instants come as epoch milliseconds, much cheaper to read than dates.
 */
export async function calendarEntries(manager: SqlManager, beauticianIds: string[] | null, from: Date, until: Date): Promise<CalendarEntryRow[]> {
  if (beauticianIds?.length === 0) return []
  const { sql, params } = calendarEntriesStatement(beauticianIds, from, until)
  return await manager.execute<CalendarEntryRow>(sql, params)
}

/**
 * Takes the beautician's calendar lock and then the lock of the customer's
 * holds (always in this order), and reads, once both are held, that
 * beautician's calendar entries around a hold and the customer's live holds:
 * one round trip of two statements. In READ COMMITTED each statement of a
 * multi-statement query takes its own snapshot, so the read sees everything
 * committed while the locks were awaited. The holds are counted up to `limit`
 * only (a customer has at most that many), soonest lapsing first, from the
 * index on a customer's held times. With them, the roster's version as
 * `readChangeLog` gives it, so a hold planned on a remembered roster can tell
 * whether it still stands.
 */
export async function lockedHoldCalendar(
  manager: SqlManager,
  input: { beauticianId: string; customerId: string; from: Date; until: Date; now: Date; limit: number },
): Promise<{ entries: CalendarEntryRow[]; liveHolds: number; firstLapsesAt: number | null; rosterVersion: string }> {
  const calendar = calendarEntriesStatement([input.beauticianId], input.from, input.until)
  const [, rows] = (await manager.execute(
    `select pg_advisory_xact_lock(?, hashtext(?)), pg_advisory_xact_lock(hashtext(?));
     with "live" as (
       select count(*)::int as "live_holds", (extract(epoch from min("expires_at")) * 1000)::float8 as "first_lapses_at",
              (select "oid"::text from "pg_database" where "datname" = current_database()) || ' ' ||
              coalesce((select "version"::text from "beautician_roster_version" where "id" = 1), 'null') as "roster_version"
         from (select "expires_at" from "appointment"
                where "customer_id" = ? and "status" = 'held' and "expires_at" > ? and "deleted_at" is null
                order by "expires_at" limit ?) "held"
     )
     select "live".*, "entry".* from "live" left join (${calendar.sql}) "entry" on true`,
    [CALENDAR_LOCK_CLASS, input.beauticianId, `doorstep.holds:${input.customerId}`, input.customerId, input.now, input.limit, ...calendar.params],
  )) as unknown as [unknown[], Array<Partial<CalendarEntryRow> & { live_holds: number; first_lapses_at: number | null; roster_version: string }>]
  return {
    entries: rows.filter((row) => row.kind !== null) as CalendarEntryRow[],
    liveHolds: rows[0].live_holds,
    firstLapsesAt: rows[0].first_lapses_at,
    rosterVersion: rows[0].roster_version,
  }
}

function calendarEntriesStatement(beauticianIds: string[] | null, from: Date, until: Date) {
  const ms = (column: string) => `(extract(epoch from "${column}") * 1000)::float8`
  const whose = beauticianIds ? `"beautician_id" = any(?::text[]) and` : ""
  const ids = beauticianIds ? [textArray(beauticianIds)] : []
  return {
    sql: `select 'visit' as "kind", "beautician_id", "id", "status", ${ms("expires_at")} as "expires_at", ${ms("starts_at")} as "starts_at",
            ${ms("ends_at")} as "ends_at", ${ms("blocked_from")} as "blocked_from", ${ms("blocked_until")} as "blocked_until",
            "travel_in_minutes", "lat", "lng"
       from "appointment"
      where ${whose} tstzrange("blocked_from", "blocked_until", '[)') && tstzrange(?, ?, '[)')
        and "status" in ('held', 'confirmed', 'assigned', 'en_route', 'arrived', 'in_service') and "deleted_at" is null
     union all
     select 'time_off', "beautician_id", "id", null, null, ${ms("starts_at")}, ${ms("ends_at")}, null, null, null, null, null
       from "time_off"
      where ${whose} "starts_at" < ? and "ends_at" > ? and "deleted_at" is null`,
    params: [...ids, from, until, ...ids, until, from],
  }
}
