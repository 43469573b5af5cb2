import { DEFAULT_DISPATCH_WEIGHTS, dispatchCost, rankCandidates, weighedRating, type CandidateFacts } from "./dispatch-score"

const facts = (change: Partial<CandidateFacts> = {}): CandidateFacts => ({
  travelMinutes: 20,
  rating: 5,
  acceptanceRate: 1,
  jobsToday: 0,
  dailyCap: 6,
  favourite: false,
  servedBefore: false,
  ...change,
})

describe("dispatchCost", () => {
  it("is the travel alone for a perfect, idle, unfamiliar beautician", () => {
    expect(dispatchCost(facts())).toBe(20)
  })

  it("adds each part by its weight", () => {
    expect(dispatchCost(facts({ rating: 4 }))).toBe(30) // one star below 5: +10
    expect(dispatchCost(facts({ acceptanceRate: 0.6 }))).toBeCloseTo(26) // 40 % declined: +15 × 0.4
    expect(dispatchCost(facts({ jobsToday: 3 }))).toBe(30) // half the cap: +20 × 0.5
    expect(dispatchCost(facts({ favourite: true }))).toBe(-5)
    expect(dispatchCost(facts({ servedBefore: true }))).toBe(7.5)
  })

  it("counts a newcomer as the platform's average, and never offers past the daily cap", () => {
    expect(dispatchCost(facts({ rating: null, acceptanceRate: null }))).toBeCloseTo(20 + 5 + 3)
    expect(dispatchCost(facts({ jobsToday: 6 }))).toBe(Infinity)
  })

  it("follows a merchant's own weights", () => {
    const travelOnly = { ...DEFAULT_DISPATCH_WEIGHTS, ratingStar: 0, acceptance: 0, load: 0, familiarity: 0 }
    expect(dispatchCost(facts({ rating: 1, acceptanceRate: 0, jobsToday: 5, favourite: true }), travelOnly)).toBe(20)
  })
})

describe("weighedRating", () => {
  it.each<[string, number | null, number | undefined, number]>([
    ["no reviews: the platform's average", null, 0, 4.5],
    ["a rating without its count: as it is", 4.2, undefined, 4.2],
    ["one five-star review: barely above the average", 5, 1, (5 + 4.5 * 5) / 6],
    ["195 reviews averaging 4.9: almost 4.9", 4.9, 195, (4.9 * 195 + 4.5 * 5) / 200],
    ["a rating outside 1–5 is held to it", 7, 5, (5 * 5 + 4.5 * 5) / 10],
  ])("%s", (_, rating, count, weighed) => {
    expect(weighedRating(rating, count)).toBeCloseTo(weighed, 9)
  })

  it("ranks a long record of 4.9 ahead of a single five-star review, other things equal", () => {
    const ranked = rankCandidates([
      { id: "b-one-review", facts: facts({ rating: 5, reviewCount: 1 }) },
      { id: "b-long-record", facts: facts({ rating: 4.9, reviewCount: 195 }) },
    ])
    expect(ranked.map((r) => r.candidate.id)).toEqual(["b-long-record", "b-one-review"])
  })
})

describe("rankCandidates", () => {
  it("puts a favourite 20 minutes further ahead of a stranger nearby, drops the fully booked, and breaks ties stably", () => {
    const ranked = rankCandidates([
      { id: "b-near", facts: facts({ travelMinutes: 10 }) },
      { id: "b-fav", facts: facts({ travelMinutes: 30, favourite: true }) },
      { id: "b-full", facts: facts({ travelMinutes: 1, jobsToday: 6 }) },
      { id: "b-twin", facts: facts({ travelMinutes: 10 }) },
    ])
    expect(ranked.map((r) => r.candidate.id)).toEqual(["b-fav", "b-near", "b-twin"])
  })
})
