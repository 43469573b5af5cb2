/**
 * Eighteen months of synthetic booking history on the demo catalogue, for the
 * recommender's offline evaluation (`bench/recommendations.ts`). Seeded, so a
 * seed and a size always give the same bookings.
 *
 * What it assumes, from how people book at-home beauty services, not from how
 * the recommender scores (the same history must be fair to any recommender):
 *
 * - A third of customers book once and never again (the long tail), and one in
 *   seven books a few unrelated services at random times, with no rhythm.
 * - The rest have one to three habits, each chosen by the service's appeal,
 *   and keep a rhythm of their own within the category's: nails about every
 *   3 weeks (pedicures 4–6), lashes 3–4, facials about 4, hair 6–8 (men's cuts
 *   4–6, keratin every 3–4 months); massage has no rhythm (gaps spread wide
 *   around ~3½ weeks). A postnatal massage is a course of weekly visits that
 *   ends; gel removal and bridal make-up happen once.
 * - Each visit lands several days off the rhythm (normal jitter), one cycle in
 *   ten is missed, a habit is dropped now and then, and three customers in ten
 *   stop using the platform altogether at some point.
 * - Some services go together for some people: about a third of the customers
 *   with a habit that has a companion (a facial then a massage, a lifting
 *   facial with eye care, a manicure with a pedicure, a colour with a cut, tuina
 *   with foot reflexology) book the companion on most of those visits, the
 *   same day or the next.
 * - Now and then (about twice a year) an active customer tries a service she
 *   has not had, chosen by overall appeal, once.
 * - Customers join throughout the period (some were already customers before
 *   it began), so recent habits have few visits to learn from.
 *
 * Appeal (how often a service is chosen) is a guess at the demo's market:
 * manicures, hydrating facials and tuina lead, bridal and postnatal are rare.
 * The demo catalogue has no lash or brow service today; the rhythm for lashes is
 * kept for when it does. Unknown services fall back on their category's rhythm.
 */
import type { Booking } from "@doorstep/recommendations/lib/recommend"

const DAY_MS = 86_400_000
export const HISTORY_DAYS = 548

export interface CatalogueService {
  handle: string
  category: string
}

type Rhythm =
  | { kind: "cycle"; days: [number, number]; jitterDays: number }
  | { kind: "irregular"; meanDays: number }
  | { kind: "course"; days: [number, number]; visits: [number, number] }
  | { kind: "once" }

const CATEGORY_RHYTHM: Record<string, Rhythm> = {
  nails: { kind: "cycle", days: [18, 25], jitterDays: 3 },
  lashes: { kind: "cycle", days: [21, 28], jitterDays: 3 },
  facial: { kind: "cycle", days: [25, 33], jitterDays: 4 },
  hair: { kind: "cycle", days: [42, 56], jitterDays: 6 },
  massage: { kind: "irregular", meanDays: 24 },
}

const SERVICE_RHYTHM: Record<string, Rhythm> = {
  "spa-pedicure": { kind: "cycle", days: [28, 42], jitterDays: 4 },
  "mens-haircut": { kind: "cycle", days: [28, 42], jitterDays: 5 },
  "keratin-treatment": { kind: "cycle", days: [90, 120], jitterDays: 10 },
  "postnatal-massage": { kind: "course", days: [6, 9], visits: [4, 8] },
  "gel-removal-care": { kind: "once" },
  "bridal-hair-makeup": { kind: "once" },
}

const APPEAL: Record<string, number> = {
  "gel-manicure": 10, "hydrating-facial": 8, "tuina-massage": 8, "womens-cut-blowdry": 6, "nail-art": 5,
  "mens-haircut": 5, "aromatherapy-massage": 5, "spa-pedicure": 4, "foot-reflexology": 4, "acne-care-facial": 3,
  "lifting-facial": 3, "eye-care": 3, "home-hair-colouring": 3, "gel-removal-care": 2, "keratin-treatment": 1.5,
  "postnatal-massage": 1, "bridal-hair-makeup": 0.7,
}

/** Habit → the service some of its regulars book with it. */
const COMPANION: Record<string, string> = {
  "hydrating-facial": "aromatherapy-massage",
  "lifting-facial": "eye-care",
  "gel-manicure": "spa-pedicure",
  "home-hair-colouring": "womens-cut-blowdry",
  "tuina-massage": "foot-reflexology",
}

const SHARE = { once: 0.33, occasional: 0.14, churn: 0.3, companion: 0.35 }
const PER_VISIT = { miss: 0.1, dropHabit: 0.02, companion: 0.7 }
const EXPLORE_PER_DAY = 2 / 365

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Synthetic bookings of `customers` customers over the 548 days before `end`. */
export function bookingHistory(catalogue: readonly CatalogueService[], customers: number, seed: number, end: Date): Booking[] {
  const random = mulberry32(seed)
  const between = (low: number, high: number) => low + (high - low) * random()
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  const chance = (p: number) => random() < p
  const pick = (from: readonly CatalogueService[]) => {
    let left = random() * from.reduce((sum, s) => sum + (APPEAL[s.handle] ?? 1), 0)
    for (const service of from) if ((left -= APPEAL[service.handle] ?? 1) < 0) return service
    return from[from.length - 1]
  }
  const rhythmOf = (s: CatalogueService): Rhythm => SERVICE_RHYTHM[s.handle] ?? CATEGORY_RHYTHM[s.category] ?? { kind: "irregular", meanDays: 30 }
  const startMs = end.getTime() - HISTORY_DAYS * DAY_MS
  // A visit at a bookable hour of that day: 10:00–20:00 on the half hour, `end` being a midnight.
  const at = (dayMs: number) => startMs + Math.floor((dayMs - startMs) / DAY_MS) * DAY_MS + (10 + Math.floor(random() * 21) / 2) * 3_600_000

  const bookings: Booking[] = []
  for (let c = 0; c < customers; c++) {
    const customerId = `cus_${String(c).padStart(6, "0")}`
    const add = (service: CatalogueService, ms: number) => {
      if (ms >= startMs && ms < end.getTime()) bookings.push({ customerId, productId: service.handle, beauticianId: null, startsAt: new Date(ms) })
    }
    const kind = random()
    if (kind < SHARE.once) {
      add(pick(catalogue), at(between(startMs, end.getTime())))
      continue
    }
    if (kind < SHARE.once + SHARE.occasional) {
      const visits = 2 + Math.floor(random() * 3)
      for (let v = 0; v < visits; v++) add(pick(catalogue), at(between(startMs, end.getTime())))
      continue
    }

    const joinMs = between(startMs - 90 * DAY_MS, end.getTime() - 21 * DAY_MS)
    const leaveMs = chance(SHARE.churn) ? between(Math.max(joinMs, startMs), end.getTime()) : end.getTime()
    const habitable = catalogue.filter((s) => rhythmOf(s).kind !== "once")
    const habits: CatalogueService[] = []
    for (let h = 0, count = 1 + (chance(0.5) ? 0 : chance(0.7) ? 1 : 2); h < count; h++) {
      const left = habitable.filter((s) => !habits.includes(s))
      if (left.length > 0) habits.push(pick(left))
    }

    for (const habit of habits) {
      const rhythm = rhythmOf(habit)
      const companion = catalogue.find((s) => s.handle === COMPANION[habit.handle])
      const pairs = companion !== undefined && !habits.includes(companion) && chance(SHARE.companion)
      const visit = (ms: number) => {
        const when = at(ms)
        add(habit, when)
        // Right after, if the day allows it, or another day soon.
        const sameDay = chance(0.7) && (when - startMs) % DAY_MS <= 18.5 * 3_600_000
        if (pairs && chance(PER_VISIT.companion)) add(companion, sameDay ? when + 1.5 * 3_600_000 : at(ms + DAY_MS))
      }
      if (rhythm.kind === "once") continue
      if (rhythm.kind === "course") {
        let ms = between(joinMs, leaveMs)
        for (let v = 0, visits = Math.round(between(...rhythm.visits)); v < visits && ms < leaveMs; v++, ms += between(...rhythm.days) * DAY_MS) visit(ms)
        continue
      }
      const own = rhythm.kind === "cycle" ? between(...rhythm.days) : rhythm.meanDays
      const gap = () =>
        rhythm.kind === "cycle" ? Math.max(own / 2, own + rhythm.jitterDays * normal()) : own * Math.exp(0.6 * normal() - 0.18)
      let ms = joinMs + random() * own * DAY_MS
      while (ms < leaveMs) {
        if (!chance(PER_VISIT.miss)) visit(ms)
        if (chance(PER_VISIT.dropHabit)) break
        ms += gap() * DAY_MS
      }
    }

    // Trying something new: a Poisson process over the time she is a customer.
    for (let ms = Math.max(joinMs, startMs); ; ) {
      ms += (-Math.log(1 - random()) / EXPLORE_PER_DAY) * DAY_MS
      if (ms >= leaveMs) break
      add(pick(catalogue.filter((s) => !habits.includes(s))), at(ms))
    }
  }
  return bookings
}
