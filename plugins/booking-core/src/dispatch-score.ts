/**
 * How dispatch weighs a candidate beautician for an appointment, as one cost
 * in "minutes of travel": lower is better. Each merchant may weigh the parts
 * differently; the defaults say a perfect rating is worth 10 minutes of extra
 * travel per star, a full acceptance record 15 minutes, and so on.
 */
export interface DispatchWeights {
  /** Cost of one minute of travel from where the beautician will be (the previous job, or home). */
  travelMinute: number
  /** Cost of each star below 5. */
  ratingStar: number
  /** Cost of a 0 % acceptance rate (scaled down to 0 at 100 %). */
  acceptance: number
  /** Cost of a full day (today's jobs over the daily cap), so work spreads fairly. */
  load: number
  /** Saved when the customer marked the beautician a favourite (half when merely served before). */
  familiarity: number
}

export const DEFAULT_DISPATCH_WEIGHTS: DispatchWeights = { travelMinute: 1, ratingStar: 10, acceptance: 15, load: 20, familiarity: 25 }

/** What dispatch knows of one candidate for one appointment. */
export interface CandidateFacts {
  travelMinutes: number
  /** 1–5, the average of their visible reviews; a beautician without reviews counts as the platform's average. */
  rating: number | null
  /**
   * How many reviews the rating averages. Given, the rating counts as if
   * `RATING_PRIOR_REVIEWS` reviews at the platform's average came with it, so
   * one five-star review does not outrank a long record of 4.9.
   */
  reviewCount?: number
  /** 0–1 over recent offers; a newcomer counts as the platform's average. */
  acceptanceRate: number | null
  jobsToday: number
  dailyCap: number
  favourite: boolean
  servedBefore: boolean
}

/** What a newcomer without history counts as. */
export const NEWCOMER = { rating: 4.5, acceptanceRate: 0.8 } as const

/** Reviews at the platform's average that every rating is weighed with (see `CandidateFacts.reviewCount`). */
export const RATING_PRIOR_REVIEWS = 5

/** The rating dispatch weighs: the platform's average without reviews, drawn towards it when there are few. */
export function weighedRating(rating: number | null, reviewCount?: number): number {
  if (rating === null) return NEWCOMER.rating
  const clamped = Math.min(5, Math.max(1, rating))
  if (reviewCount === undefined) return clamped
  const count = Math.max(0, reviewCount)
  return (clamped * count + NEWCOMER.rating * RATING_PRIOR_REVIEWS) / (count + RATING_PRIOR_REVIEWS)
}

/**
 * The candidate's cost for the appointment; `Infinity` when they have reached
 * their daily cap (they are never offered more).
 */
export function dispatchCost(facts: CandidateFacts, weights: DispatchWeights = DEFAULT_DISPATCH_WEIGHTS): number {
  if (facts.jobsToday >= facts.dailyCap) return Infinity
  const rating = weighedRating(facts.rating, facts.reviewCount)
  const acceptance = Math.min(1, Math.max(0, facts.acceptanceRate ?? NEWCOMER.acceptanceRate))
  const familiarity = facts.favourite ? 1 : facts.servedBefore ? 0.5 : 0
  return (
    facts.travelMinutes * weights.travelMinute +
    (5 - rating) * weights.ratingStar +
    (1 - acceptance) * weights.acceptance +
    (facts.jobsToday / facts.dailyCap) * weights.load -
    familiarity * weights.familiarity
  )
}

/** Candidates best first; ties go to the shorter trip, then the id, so the order is stable. */
export function rankCandidates<T extends { id: string; facts: CandidateFacts }>(candidates: readonly T[], weights: DispatchWeights = DEFAULT_DISPATCH_WEIGHTS) {
  return candidates
    .map((candidate) => ({ candidate, cost: dispatchCost(candidate.facts, weights) }))
    .filter((ranked) => ranked.cost !== Infinity)
    .sort((a, b) => a.cost - b.cost || a.candidate.facts.travelMinutes - b.candidate.facts.travelMinutes || a.candidate.id.localeCompare(b.candidate.id))
}
