import { assertValidPolicy, DEFAULT_CHANGE_POLICY, PolicyError, quoteChange } from "./cancellation-policy"

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
