import { assertValidPolicy, changePolicyFrom, DEFAULT_CHANGE_POLICY, DEFAULT_POLICY_TERMS, PolicyError, quoteChange, type ChangePolicy } from "./cancellation-policy"

const start = Date.parse("2026-11-28T10:00:00+08:00")
const minutes = (n: number) => n * 60_000
const paid = 29_800 // ¥298.00

describe("quoteChange: cancel", () => {
  it.each([
    ["a week before", minutes(7 * 24 * 60), 0, 0, 29_800],
    ["exactly 24 h before: still free", minutes(24 * 60), 0, 0, 29_800],
    ["one millisecond under 24 h", minutes(24 * 60) - 1, 50, 14_900, 14_900],
    ["exactly 2 h before: half", minutes(120), 50, 14_900, 14_900],
    ["one millisecond under 2 h", minutes(120) - 1, 100, 29_800, 0],
    ["after the start (no-show)", -minutes(30), 100, 29_800, 0],
  ])("%s", (_, notice, feePercent, fee, refund) => {
    const quote = quoteChange(DEFAULT_CHANGE_POLICY, "cancel", { now: start - notice, start, amountPaid: paid })
    expect(quote).toMatchObject({ allowed: true, feePercent, feeAmount: fee, refundAmount: refund })
  })

  it("rounds a fee half up to the fen and never loses a fen", () => {
    const quote = quoteChange(DEFAULT_CHANGE_POLICY, "cancel", { now: start - minutes(300), start, amountPaid: 19_901 })
    expect(quote.feeAmount).toBe(9_951)
    expect(quote.feeAmount + quote.refundAmount).toBe(19_901)
  })
})

describe("quoteChange: reschedule", () => {
  it("is free with 2 h notice and refused with less", () => {
    expect(quoteChange(DEFAULT_CHANGE_POLICY, "reschedule", { now: start - minutes(120), start, amountPaid: paid }))
      .toMatchObject({ allowed: true, feeAmount: 0 })
    expect(quoteChange(DEFAULT_CHANGE_POLICY, "reschedule", { now: start - minutes(119), start, amountPaid: paid }))
      .toMatchObject({ allowed: false })
  })
})

describe("a merchant's own policy", () => {
  it("applies its own windows", () => {
    const strict = {
      cancel: [
        { minMinutesBefore: 48 * 60, feePercent: 0 },
        { minMinutesBefore: Number.NEGATIVE_INFINITY, feePercent: 30 },
      ],
      reschedule: [],
    }
    assertValidPolicy(strict)
    expect(quoteChange(strict, "cancel", { now: start - minutes(47 * 60), start, amountPaid: 10_000 }).feeAmount).toBe(3_000)
    expect(quoteChange(strict, "reschedule", { now: start - minutes(47 * 60), start, amountPaid: 10_000 }).allowed).toBe(false)
  })

  it.each([
    ["a fee over 100%", [{ minMinutesBefore: 0, feePercent: 120 }]],
    ["a fractional percent", [{ minMinutesBefore: 0, feePercent: 12.5 }]],
    ["tiers out of order", [{ minMinutesBefore: 60, feePercent: 50 }, { minMinutesBefore: 120, feePercent: 0 }]],
  ])("rejects %s", (_, cancel) => {
    expect(() => assertValidPolicy({ cancel, reschedule: [] })).toThrow(PolicyError)
  })

  it("refuses a fractional amount of money", () => {
    expect(() => quoteChange(DEFAULT_CHANGE_POLICY, "cancel", { now: 0, start, amountPaid: 298.5 })).toThrow(PolicyError)
  })
})

describe("changePolicyFrom", () => {
  const start = Date.UTC(2026, 11, 24, 2, 0)
  const quoteAt = (policy: ChangePolicy, hoursBefore: number) => quoteChange(policy, "cancel", { now: start - hoursBefore * 3600_000, start, amountPaid: 21800 })

  it("reads the default terms as the default policy", () => {
    expect(changePolicyFrom(DEFAULT_POLICY_TERMS)).toEqual(DEFAULT_CHANGE_POLICY)
  })

  it("applies a studio's stricter terms tier by tier", () => {
    const policy = changePolicyFrom({ free_until_hours: 48, tiers: [{ hours_before: 4, fee_percent: 60 }, { hours_before: 24, fee_percent: 30 }], late_fee_percent: 100, reschedule_until_hours: 6 })
    expect([49, 48, 47.9, 24, 23, 4, 3, 0, -1].map((h) => quoteAt(policy, h).feeAmount)).toEqual([0, 0, 6540, 6540, 13080, 13080, 21800, 21800, 21800])
    expect(quoteChange(policy, "reschedule", { now: start - 5 * 3600_000, start, amountPaid: 21800 }).allowed).toBe(false)
    expect(quoteChange(policy, "reschedule", { now: start - 6 * 3600_000, start, amountPaid: 21800 }).allowed).toBe(true)
  })

  it("refuses terms where cancelling later would cost less, or tiers outside the window", () => {
    expect(() => changePolicyFrom({ ...DEFAULT_POLICY_TERMS, tiers: [{ hours_before: 2, fee_percent: 50 }], late_fee_percent: 20 })).toThrow(PolicyError)
    expect(() => changePolicyFrom({ ...DEFAULT_POLICY_TERMS, tiers: [{ hours_before: 12, fee_percent: 50 }, { hours_before: 3, fee_percent: 10 }] })).toThrow(PolicyError)
    expect(() => changePolicyFrom({ ...DEFAULT_POLICY_TERMS, tiers: [{ hours_before: 30, fee_percent: 50 }] })).toThrow(PolicyError)
    expect(() => changePolicyFrom({ ...DEFAULT_POLICY_TERMS, tiers: [{ hours_before: 0, fee_percent: 50 }] })).toThrow(PolicyError)
  })
})
