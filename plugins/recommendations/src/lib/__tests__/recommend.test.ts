import { population, popularity, recommend, type Booking, type Signals } from "../recommend"

const NOW = new Date("2026-12-04T12:00:00+08:00")
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000)
const booking = (customerId: string, productId: string, days: number, beauticianId: string | null = null): Booking => ({ customerId, productId, beauticianId, startsAt: daysAgo(days) })

const ALL = new Set(["nails", "lashes", "facial", "massage", "hair"])
const signals = (overrides: Partial<Signals>): Signals => ({
  now: NOW,
  bookings: [],
  population: population([]),
  popular: new Map(),
  views: [],
  favourites: [],
  bookable: ALL,
  ...overrides,
})

describe("recommend", () => {
  it("suggests a rebooking at the customer's own rhythm, from a week (or a third of the interval) before it is due", () => {
    const mine = [booking("me", "nails", 61), booking("me", "nails", 40), booking("me", "nails", 19)]
    const [first] = recommend(signals({ bookings: mine }), 5)
    expect(first).toMatchObject({ productId: "nails", reason: { code: "rebook_due", intervalDays: 21 } })
    expect(first.reason.code === "rebook_due" && first.reason.dueOn.toISOString()).toBe(daysAgo(-2).toISOString())
    // Booked five days ago: not due for two more weeks, so not suggested.
    const recent = [booking("me", "nails", 26), booking("me", "nails", 5)]
    expect(recommend(signals({ bookings: recent }), 5)).toEqual([])
    // A seven-week haircut, last had 33 days ago, is due in 16 days: within a third of 49, so suggested; at 32 days, not yet.
    const hair = (last: number) => [booking("me", "hair", last + 49), booking("me", "hair", last)]
    expect(recommend(signals({ bookings: hair(33) }), 5).map((s) => s.reason.code)).toEqual(["rebook_due"])
    expect(recommend(signals({ bookings: hair(32) }), 5)).toEqual([])
  })

  it("falls back on everyone's usual interval after one booking, and lets a long-lapsed habit go", () => {
    const everyone = population([booking("a", "facial", 90), booking("a", "facial", 62), booking("b", "facial", 50), booking("b", "facial", 22)])
    expect(everyone.intervalDays.get("facial")).toBe(28)
    expect(recommend(signals({ bookings: [booking("me", "facial", 25)], population: everyone }), 5)[0]).toMatchObject({ productId: "facial", reason: { code: "rebook_due", intervalDays: 28 } })
    // Four intervals ago: lapsed.
    expect(recommend(signals({ bookings: [booking("me", "facial", 28 * 4 + 1)], population: everyone }), 5)).toEqual([])
  })

  it("never suggests what the customer will have soon, nor the page's own service", () => {
    const mine = [booking("me", "nails", 40), booking("me", "nails", 19), booking("me", "nails", -1)]
    expect(recommend(signals({ bookings: mine }), 5)).toEqual([])
    const popular = new Map([["facial", 9], ["massage", 4]])
    expect(recommend(signals({ popular, context: "facial" }), 5).map((s) => s.productId)).toEqual(["massage"])
  })

  it("names the booking a 'booked together' suggestion comes from, and ignores pairs only one customer made", () => {
    const everyone = population([
      booking("a", "facial", 30), booking("a", "massage", 20),
      booking("b", "facial", 30), booking("b", "massage", 25),
      booking("c", "nails", 10), booking("c", "hair", 9),
    ])
    const got = recommend(signals({ bookings: [booking("me", "facial", 3)], population: everyone }), 5)
    expect(got).toEqual([expect.objectContaining({ productId: "massage", reason: { code: "booked_together", becauseProductId: "facial" } })])
    // On the nails page: hair was booked with nails by one customer only.
    expect(recommend(signals({ population: everyone, context: "nails" }), 5)).toEqual([])
    expect(recommend(signals({ population: everyone, context: "massage" }), 5)).toEqual([expect.objectContaining({ productId: "facial", reason: { code: "booked_together", becauseProductId: "massage" } })])
  })

  it("ranks a due rebooking over a favourite, over what goes together, over a view, over what is popular", () => {
    const everyone = population([booking("a", "facial", 30), booking("a", "massage", 20), booking("b", "facial", 30), booking("b", "massage", 25)])
    const got = recommend(
      signals({
        bookings: [booking("me", "nails", 40), booking("me", "nails", 19), booking("me", "facial", 8)],
        population: everyone,
        favourites: [{ beauticianId: "bea_wang", productId: "lashes" }],
        views: [{ productId: "hair", viewedAt: daysAgo(2) }],
        popular: popularity([booking("x", "facial", 3), booking("y", "facial", 4), booking("z", "hair", 5)]),
      }),
      5,
    )
    expect(got.map((s) => [s.productId, s.reason.code])).toEqual([
      ["nails", "rebook_due"],
      ["lashes", "favourite_free"],
      ["massage", "booked_together"],
      ["hair", "viewed"],
    ])
    expect(got[1].beauticianId).toBe("bea_wang")
  })

  it("forgets views older than a month, and gives a guest what is popular near them, most booked first", () => {
    expect(recommend(signals({ views: [{ productId: "hair", viewedAt: daysAgo(31) }] }), 5)).toEqual([])
    const popular = new Map([["hair", 2], ["facial", 7], ["nails", 7]])
    expect(recommend(signals({ popular, bookable: new Set(["hair", "facial"]) }), 5).map((s) => [s.productId, s.reason])).toEqual([
      ["facial", { code: "popular_nearby", bookings: 7 }],
      ["hair", { code: "popular_nearby", bookings: 2 }],
    ])
  })
})
