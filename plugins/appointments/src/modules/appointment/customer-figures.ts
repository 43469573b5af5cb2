import type { SegmentBounds, StudioCustomerSort } from "@doorstep/booking-core"
import { BOOKED_STATUSES } from "../../lib/first-booking"
import { textArray, type SqlManager } from "./queries"

/** What a studio knows of one customer from their appointments with it (M6); money in fen. */
export interface StudioCustomerFigures {
  customer_id: string
  /** Completed visits. */
  visits: number
  /** Appointments booked with the studio, kept or not (cancelled ones once paid included). */
  bookings: number
  /** Paid at checkout and for balances, less refunds. */
  spend_fen: number
  first_visit_at: string | null
  last_visit_at: string | null
  /** The name and phone the customer gave on their latest booking with the studio. */
  contact_name: string | null
  contact_phone: string | null
}

export interface StudioCustomerQuery {
  merchant_handle: string
  /** Only these customers (a tag's, or one). */
  customer_ids?: string[]
  /** Segments as bounds (`segmentBounds` in booking-core). */
  segment?: SegmentBounds
  /** Matches the name or phone given on any booking with the studio, or these customers (the account's name or phone matched). */
  search?: { text: string; customer_ids: string[] }
  sort: StudioCustomerSort
  order: "asc" | "desc"
  limit: number
  offset: number
}

const SORT_COLUMNS: Record<StudioCustomerSort, string> = { last_visit: `"last_visit_at"`, spend: `"spend_fen"`, visits: `"visits"` }

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`

/**
 * The studio's customers — everyone with a booking kept, done or paid for
 * with one of its beauticians — filtered, sorted and paged in one statement,
 * with how many match in all.
 */
export async function studioCustomerFigures(manager: SqlManager, query: StudioCustomerQuery): Promise<{ count: number; customers: StudioCustomerFigures[] }> {
  const where: string[] = []
  const whereParams: unknown[] = []
  const having: string[] = []
  const havingParams: unknown[] = []
  if (query.customer_ids) {
    where.push(`a."customer_id" = any(?::text[])`)
    whereParams.push(textArray(query.customer_ids))
  }
  if (query.search) {
    const digits = query.search.text.replace(/\D/g, "")
    having.push(
      `(a."customer_id" = any(?::text[]) or bool_or(a."address"->>'contact_name' ilike ?)${digits.length >= 3 ? ` or bool_or(regexp_replace(a."address"->>'contact_phone', '\\D', '', 'g') like ?)` : ""})`,
    )
    havingParams.push(textArray(query.search.customer_ids), likePattern(query.search.text), ...(digits.length >= 3 ? [likePattern(digits)] : []))
  }
  const visits = `count(*) filter (where a."status" = 'completed')`
  const lastVisit = `max(a."starts_at") filter (where a."status" = 'completed')`
  if (query.segment) {
    const { minVisits, maxVisits, lastVisitBefore, lastVisitFrom } = query.segment
    having.push(`${visits} >= ?`)
    havingParams.push(minVisits)
    if (maxVisits !== undefined) having.push(`${visits} <= ?`), havingParams.push(maxVisits)
    if (lastVisitBefore !== undefined) having.push(`${lastVisit} < ?`), havingParams.push(new Date(lastVisitBefore))
    if (lastVisitFrom !== undefined) having.push(`${lastVisit} >= ?`), havingParams.push(new Date(lastVisitFrom))
  }
  const direction = query.order === "asc" ? "asc nulls first" : "desc nulls last"
  const [result] = await manager.execute<{ count: number; customers: StudioCustomerFigures[] }>(
    `with "figures" as (
       select a."customer_id",
              ${visits}::int as "visits",
              count(*)::int as "bookings",
              coalesce(sum(case when a."payment_status" in ('paid', 'refund_pending', 'partially_refunded', 'refunded')
                                then coalesce(a."paid_fen", 0) - coalesce(a."refund_fen", 0) else 0 end
                           + coalesce(a."balance_paid_fen", 0)), 0)::int as "spend_fen",
              min(a."starts_at") filter (where a."status" = 'completed') as "first_visit_at",
              ${lastVisit} as "last_visit_at",
              (array_agg(a."address"->>'contact_name' order by a."starts_at" desc))[1] as "contact_name",
              (array_agg(a."address"->>'contact_phone' order by a."starts_at" desc))[1] as "contact_phone"
         from "appointment" a
         join "beautician" b on b."id" = a."beautician_id" and b."merchant_handle" = ?
        where a."deleted_at" is null
          and (a."status" in (${BOOKED_STATUSES.map(() => "?").join(", ")}) or (a."status" = 'cancelled' and a."paid_fen" is not null))
          ${where.map((clause) => `and ${clause}`).join(" ")}
        group by a."customer_id"
        ${having.length ? `having ${having.join(" and ")}` : ""})
     select (select count(*) from "figures")::int as "count",
            coalesce((select json_agg(p order by p."position") from (
              select f.*, row_number() over (order by ${SORT_COLUMNS[query.sort]} ${direction}, "customer_id") as "position"
                from "figures" f order by "position" limit ? offset ?) p), '[]') as "customers"`,
    [query.merchant_handle, ...BOOKED_STATUSES, ...whereParams, ...havingParams, query.limit, query.offset],
  )
  return result
}
