import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { textArray } from "@doorstep/appointments/lib/text-array"
import { JOB_PAY_KINDS } from "@doorstep/money/lib/job-earnings"
import type { ReportPeriod } from "./period"

/**
 * The reports' reads: aggregates in PostgreSQL, each over one module's own
 * tables (appointments, the money ledger, dispatch offers, reviews), joined
 * in code by appointment and beautician. A studio's reads go by its
 * beauticians (`IDX_appointment_beautician_id`, `IDX_offer_beautician_status`,
 * `IDX_review_beautician`) or its handle (`IDX_ledger_entry_merchant`).
 */

interface Sql {
  raw<Row>(sql: string, bindings: unknown[]): Promise<{ rows: Row[] }>
}
const sqlOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Sql

/** A PostgreSQL text[] literal: one bound value however many ids. */
const localDay = (column: string) => `to_char(${column} at time zone ?, 'YYYY-MM-DD')`

/** Whose figures: one studio's beauticians, or (null) every studio's. */
export type Team = string[] | null

export interface BookingCount {
  day: string
  status: string
  variant_id: string
  beautician_id: string
  count: number
}

/** Appointments starting in the period by day, status, service and beautician; holds that were never paid (`held`, `expired`) are not bookings. */
export async function bookingCounts(container: MedusaContainer, team: Team, period: ReportPeriod): Promise<BookingCount[]> {
  if (team?.length === 0) return []
  const { rows } = await sqlOf(container).raw<BookingCount>(
    `select ${localDay('"starts_at"')} as "day", "status", "variant_id", "beautician_id", count(*)::int as "count"
       from "appointment"
      where ${team ? `"beautician_id" = any(?::text[]) and` : ""} "starts_at" >= ? and "starts_at" < ?
        and "status" not in ('held', 'expired') and "deleted_at" is null
      group by 1, 2, 3, 4`,
    [period.zone, ...(team ? [textArray(team)] : []), period.start, period.end],
  )
  return rows
}

export interface LedgerShares {
  day: string
  appointment_id: string
  beautician_id: string | null
  merchant_handle: string
  platform_fen: number
  studio_fen: number
  beautician_fen: number
}

/**
 * The jobs' shares the ledger booked in the period (its pay kinds, by the day
 * booked, as statements date them), by day, beautician and studio, and by
 * job only when asked (to group by service); tips are the beautician's gift
 * and not revenue.
 */
export async function ledgerShares(container: MedusaContainer, handle: string | null, period: ReportPeriod, byJob: boolean): Promise<LedgerShares[]> {
  const fen = (account: string) => `coalesce(sum("amount_fen") filter (where "account" = '${account}'), 0)::bigint`
  const { rows } = await sqlOf(container).raw<LedgerShares>(
    `select ${localDay('"created_at"')} as "day", ${byJob ? '"appointment_id"' : "''"} as "appointment_id", "beautician_id", "merchant_handle",
            ${fen("platform")} as "platform_fen", ${fen("merchant")} as "studio_fen", ${fen("beautician")} as "beautician_fen"
       from "ledger_entry"
      where ${handle ? `"merchant_handle" = ? and` : ""} "created_at" >= ? and "created_at" < ?
        and "kind" = any(?::text[]) and "appointment_id" is not null and "deleted_at" is null
      group by 1, 2, 3, 4`,
    [period.zone, ...(handle ? [handle] : []), period.start, period.end, textArray([...JOB_PAY_KINDS])],
  )
  return rows.map((row) => ({ ...row, platform_fen: Number(row.platform_fen), studio_fen: Number(row.studio_fen), beautician_fen: Number(row.beautician_fen) }))
}

export interface Refund {
  day: string
  variant_id: string
  beautician_id: string
  refund_fen: number
}

/** What cancellations in the period gave back (the policy's refund, by the day cancelled). */
export async function refunds(container: MedusaContainer, team: Team, period: ReportPeriod): Promise<Refund[]> {
  if (team?.length === 0) return []
  const { rows } = await sqlOf(container).raw<Refund>(
    `select ${localDay('"cancelled_at"')} as "day", "variant_id", "beautician_id", sum("refund_fen")::bigint as "refund_fen"
       from "appointment"
      where ${team ? `"beautician_id" = any(?::text[]) and` : ""} "cancelled_at" >= ? and "cancelled_at" < ?
        and "refund_fen" > 0 and "deleted_at" is null
      group by 1, 2, 3`,
    [period.zone, ...(team ? [textArray(team)] : []), period.start, period.end],
  )
  return rows.map((row) => ({ ...row, refund_fen: Number(row.refund_fen) }))
}

/** The service of each appointment. */
export async function servicesOf(container: MedusaContainer, appointmentIds: readonly string[]): Promise<Map<string, string>> {
  if (appointmentIds.length === 0) return new Map()
  const { rows } = await sqlOf(container).raw<{ id: string; variant_id: string }>(`select "id", "variant_id" from "appointment" where "id" = any(?::text[])`, [textArray(appointmentIds)])
  return new Map(rows.map((row) => [row.id, row.variant_id]))
}

export interface OfferAnswers {
  day: string
  appointment_id: string
  beautician_id: string
  answered: number
  accepted: number
}

/** Offers made in the period and answered (accepted, declined, or left to expire), as the dispatch score counts acceptance. */
export async function offerAnswers(container: MedusaContainer, team: Team, period: ReportPeriod): Promise<OfferAnswers[]> {
  if (team?.length === 0) return []
  const { rows } = await sqlOf(container).raw<OfferAnswers>(
    `select ${localDay('"created_at"')} as "day", "appointment_id", "beautician_id",
            count(*)::int as "answered", (count(*) filter (where "status" = 'accepted'))::int as "accepted"
       from "offer"
      where ${team ? `"beautician_id" = any(?::text[]) and` : ""} "status" in ('accepted', 'declined', 'expired')
        and "created_at" >= ? and "created_at" < ? and "deleted_at" is null
      group by 1, 2, 3`,
    [period.zone, ...(team ? [textArray(team)] : []), period.start, period.end],
  )
  return rows
}

export interface BookedVisit {
  beautician_id: string
  start: number
  end: number
}

/** Visits that took or take the beautician's time in the period: every booking that went ahead or is still to come, no-shows included. */
export async function bookedVisits(container: MedusaContainer, team: string[], period: ReportPeriod): Promise<BookedVisit[]> {
  if (team.length === 0) return []
  const { rows } = await sqlOf(container).raw<BookedVisit>(
    `select "beautician_id", (extract(epoch from "starts_at") * 1000)::float8 as "start", (extract(epoch from "ends_at") * 1000)::float8 as "end"
       from "appointment"
      where "beautician_id" = any(?::text[]) and "starts_at" < ? and "ends_at" > ?
        and "status" in ('confirmed', 'assigned', 'en_route', 'arrived', 'in_service', 'completed', 'no_show') and "deleted_at" is null`,
    [textArray(team), period.end, period.start],
  )
  return rows
}

export interface WeeklyRating {
  week: string
  reviews: number
  rating_sum: number
}

/** Visible reviews by the week (Monday first, in the zone) they were written. */
export async function weeklyRatings(container: MedusaContainer, team: Team, period: ReportPeriod): Promise<WeeklyRating[]> {
  if (team?.length === 0) return []
  const { rows } = await sqlOf(container).raw<WeeklyRating>(
    `select to_char(date_trunc('week', "created_at" at time zone ?), 'YYYY-MM-DD') as "week", count(*)::int as "reviews", sum("rating")::int as "rating_sum"
       from "review"
      where ${team ? `"beautician_id" = any(?::text[]) and` : ""} "created_at" >= ? and "created_at" < ? and not "hidden" and "deleted_at" is null
      group by 1 order by 1`,
    [period.zone, ...(team ? [textArray(team)] : []), period.start, period.end],
  )
  return rows
}
