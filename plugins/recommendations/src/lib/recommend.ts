/**
 * The recommender's rules (C5), pure: what to suggest to one customer and
 * why, from what they and everyone else booked, what they looked at and whom
 * they marked a favourite. The reads are in `signals.ts`; the offline
 * evaluation (`bench/recommendations.ts`) runs these same functions.
 */

const DAY_MS = 86_400_000

/** One booking that happened or will (held, expired and cancelled ones are not bookings). */
export interface Booking {
  customerId: string
  productId: string
  beauticianId: string | null
  startsAt: Date
}

export type Reason =
  /** They book this about every `intervalDays`; the next is due around `dueOn`. */
  | { code: "rebook_due"; intervalDays: number; dueOn: Date }
  /** A favourite beautician of theirs who performs it (the answer adds her free times). */
  | { code: "favourite_free" }
  /** Customers who booked `becauseProductId` (theirs, or the page's) booked this too. */
  | { code: "booked_together"; becauseProductId: string }
  /** They looked at it recently. */
  | { code: "viewed"; becauseProductId: string }
  /** Booked `bookings` times near them lately. */
  | { code: "popular_nearby"; bookings: number }

export interface Suggestion {
  productId: string
  /** For `favourite_free`: who. */
  beauticianId: string | null
  score: number
  reason: Reason
}

/** What everyone's bookings say, over all customers. */
export interface Population {
  /** `together.get(a).get(b)`: customers who booked both a and b. */
  together: ReadonlyMap<string, ReadonlyMap<string, number>>
  /** Customers who booked each service. */
  bookers: ReadonlyMap<string, number>
  /** The median gap between one customer's bookings of a service, in days. */
  intervalDays: ReadonlyMap<string, number>
}

export interface Signals {
  now: Date
  /** This customer's bookings, any order (none for a guest). */
  bookings: readonly Booking[]
  population: Population
  /** Bookings of each service near the customer lately. */
  popular: ReadonlyMap<string, number>
  /** Services they viewed (only kept with consent), with when. */
  views: readonly { productId: string; viewedAt: Date }[]
  /** Their favourite beauticians, each with a service she performs that suits them best. */
  favourites: readonly { beauticianId: string; productId: string }[]
  /** What may be suggested: published services someone can perform. */
  bookable: ReadonlySet<string>
  /** The service whose page is open: suggestions lean to what is booked with it, and never repeat it. */
  context?: string
}

/** A rebooking is suggested from a third of its interval before it is due, and at least a week: a seven-week haircut from about two weeks before. */
export const rebookLeadDays = (intervalDays: number) => Math.max(7, intervalDays / 3)
/** Pairs seen fewer times than this say nothing (one customer's whim is not a pattern). */
export const MIN_TOGETHER = 2
/** Views older than this are not suggested again. */
export const VIEW_DAYS = 30

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The days between consecutive bookings of one service by one customer. */
function gapsOf(times: Date[]): number[] {
  const sorted = times.map((t) => t.getTime()).sort((a, b) => a - b)
  return sorted.slice(1).map((t, i) => (t - sorted[i]) / DAY_MS).filter((gap) => gap >= 1)
}

const byKey = <T>(items: readonly T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group) group.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}

/** Everyone's bookings, summed up for `recommend`. */
export function population(bookings: readonly Booking[]): Population {
  const together = new Map<string, Map<string, number>>()
  const bookers = new Map<string, number>()
  const gaps = new Map<string, number[]>()
  for (const own of byKey(bookings, (b) => b.customerId).values()) {
    const services = byKey(own, (b) => b.productId)
    for (const [product, visits] of services) {
      bookers.set(product, (bookers.get(product) ?? 0) + 1)
      const row = together.get(product) ?? new Map<string, number>()
      together.set(product, row)
      for (const other of services.keys()) if (other !== product) row.set(other, (row.get(other) ?? 0) + 1)
      const productGaps = gaps.get(product) ?? []
      gaps.set(product, productGaps)
      productGaps.push(...gapsOf(visits.map((v) => v.startsAt)))
    }
  }
  const intervalDays = new Map([...gaps].filter(([, g]) => g.length > 0).map(([product, g]) => [product, Math.round(median(g))]))
  return { together, bookers, intervalDays }
}

/** How many times each service was booked: the popularity a guest's suggestions fall back on. */
export function popularity(bookings: readonly Booking[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const b of bookings) counts.set(b.productId, (counts.get(b.productId) ?? 0) + 1)
  return counts
}

/**
 * The suggestions for one customer (or a guest), best first, each service
 * once with its strongest reason. A service they will have soon, and the
 * page's own, are never suggested.
 *
 * Order of strength: a rebooking that is due (their own rhythm), a favourite
 * beautician, what is booked together with theirs, what they looked at, and
 * what is popular near them, which also fills the list when nothing else does.
 * What they have had is suggested again only when their rhythm says it is due.
 */
export function recommend(signals: Signals, limit: number): Suggestion[] {
  const { now, bookings, population: pop, bookable, context } = signals
  const upcoming = new Set(bookings.filter((b) => b.startsAt > now).map((b) => b.productId))
  const past = bookings.filter((b) => b.startsAt <= now)
  const booked = new Set(past.map((b) => b.productId))
  const open = (product: string) => bookable.has(product) && product !== context && !upcoming.has(product)
  const best = new Map<string, Suggestion>()
  const offer = (suggestion: Suggestion) => {
    if (!open(suggestion.productId)) return
    const held = best.get(suggestion.productId)
    if (!held || suggestion.score > held.score) best.set(suggestion.productId, suggestion)
  }

  // Their own rhythm: the usual gap between their bookings of a service, or everyone's.
  for (const [product, visits] of byKey(past, (b) => b.productId)) {
    const own = gapsOf(visits.map((v) => v.startsAt))
    const interval = own.length > 0 ? Math.round(median(own)) : pop.intervalDays.get(product)
    if (!interval) continue
    const last = Math.max(...visits.map((v) => v.startsAt.getTime()))
    const dueOn = new Date(last + interval * DAY_MS)
    const daysToDue = (dueOn.getTime() - now.getTime()) / DAY_MS
    // Due within the lead, and not lapsed for longer than three of their intervals.
    if (daysToDue > rebookLeadDays(interval) || -daysToDue > 3 * interval) continue
    offer({ productId: product, beauticianId: null, score: 4 - Math.min(Math.abs(daysToDue) / interval, 1), reason: { code: "rebook_due", intervalDays: interval, dueOn } })
  }

  for (const favourite of signals.favourites) {
    offer({ productId: favourite.productId, beauticianId: favourite.beauticianId, score: 2.5, reason: { code: "favourite_free" } })
  }

  // What customers who booked the same booked too (cosine of the two services' bookers), the page's service first, then their latest bookings.
  const anchors = new Map<string, number>()
  if (context) anchors.set(context, 1)
  const latestFirst = [...new Set([...past].sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime()).map((b) => b.productId))]
  latestFirst.forEach((product, rank) => anchors.set(product, Math.max(anchors.get(product) ?? 0, (context ? 0.5 : 1) / (1 + 0.25 * rank))))
  for (const [anchor, weight] of anchors) {
    for (const [other, both] of pop.together.get(anchor) ?? []) {
      if (both < MIN_TOGETHER || booked.has(other)) continue
      const cosine = both / Math.sqrt((pop.bookers.get(anchor) ?? both) * (pop.bookers.get(other) ?? both))
      offer({ productId: other, beauticianId: null, score: 1 + cosine * weight, reason: { code: "booked_together", becauseProductId: anchor } })
    }
  }

  for (const view of signals.views) {
    const age = (now.getTime() - view.viewedAt.getTime()) / DAY_MS
    if (age > VIEW_DAYS || booked.has(view.productId)) continue
    offer({ productId: view.productId, beauticianId: null, score: 1.2 + 0.5 * (1 - age / VIEW_DAYS), reason: { code: "viewed", becauseProductId: view.productId } })
  }

  const most = Math.max(1, ...signals.popular.values())
  for (const [product, count] of signals.popular) {
    if (count > 0 && !booked.has(product)) offer({ productId: product, beauticianId: null, score: 0.1 + 0.8 * (count / most), reason: { code: "popular_nearby", bookings: count } })
  }

  return [...best.values()].sort((a, b) => b.score - a.score || a.productId.localeCompare(b.productId)).slice(0, limit)
}
