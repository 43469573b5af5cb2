/**
 * A studio's customers in segments (M6), from their completed visits with the
 * studio. A customer may be in several (one visit 90 days ago: `new` and
 * `lapsed_60`) or in none (booked, not yet visited; or two recent visits).
 * - `new`: exactly one visit.
 * - `regular`: at least `REGULAR_FROM_VISITS` visits, the last within `LAPSED_AFTER_DAYS` days.
 * - `lapsed_60`: visited before, but not in the last `LAPSED_AFTER_DAYS` days.
 * The same rules filter lists in SQL (`segmentBounds`) and label rows (`customerSegments`).
 */
export const CUSTOMER_SEGMENTS = ["new", "regular", "lapsed_60"] as const
export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number]

export const LAPSED_AFTER_DAYS = 60
export const REGULAR_FROM_VISITS = 3

const DAY = 24 * 3600_000

/** A segment as bounds on visits and on the last visit (epoch ms): last visit `< lastVisitBefore`, `>= lastVisitFrom`. */
export interface SegmentBounds {
  minVisits: number
  maxVisits?: number
  lastVisitBefore?: number
  lastVisitFrom?: number
}

export function segmentBounds(segment: CustomerSegment, now: number): SegmentBounds {
  const lapsedLine = now - LAPSED_AFTER_DAYS * DAY
  switch (segment) {
    case "new":
      return { minVisits: 1, maxVisits: 1 }
    case "regular":
      return { minVisits: REGULAR_FROM_VISITS, lastVisitFrom: lapsedLine }
    case "lapsed_60":
      return { minVisits: 1, lastVisitBefore: lapsedLine }
  }
}

/** The segments of a customer with `visits` completed visits, the last at `lastVisitAt` (epoch ms; null: none). */
export function customerSegments(figures: { visits: number; lastVisitAt: number | null }, now: number): CustomerSegment[] {
  return CUSTOMER_SEGMENTS.filter((segment) => {
    const bounds = segmentBounds(segment, now)
    if (figures.visits < bounds.minVisits || (bounds.maxVisits !== undefined && figures.visits > bounds.maxVisits)) return false
    if (bounds.lastVisitBefore !== undefined && !(figures.lastVisitAt !== null && figures.lastVisitAt < bounds.lastVisitBefore)) return false
    if (bounds.lastVisitFrom !== undefined && !(figures.lastVisitAt !== null && figures.lastVisitAt >= bounds.lastVisitFrom)) return false
    return true
  })
}

/** How a studio's customer list sorts: by last visit, spend or visits. */
export const STUDIO_CUSTOMER_SORTS = ["last_visit", "spend", "visits"] as const
export type StudioCustomerSort = (typeof STUDIO_CUSTOMER_SORTS)[number]
