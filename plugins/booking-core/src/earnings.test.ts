import { DEFAULT_COMMISSION_PLAN, splitEarnings } from "./earnings"

describe("splitEarnings", () => {
  it.each([
    ["¥218 at the default plan", 21800, DEFAULT_COMMISSION_PLAN, 0, { platform: 4360, merchant: 5232, beautician: 12208 }],
    ["a half-price cancellation fee", 10900, DEFAULT_COMMISSION_PLAN, 0, { platform: 2180, merchant: 2616, beautician: 6104 }],
    ["an amount that does not divide (rounded half up, the rest stays whole)", 999, { platformPercent: 15, beauticianPercent: 65 }, 0, { platform: 150, merchant: 297, beautician: 552 }],
    ["a tip goes to the beautician whole", 21800, DEFAULT_COMMISSION_PLAN, 2000, { platform: 4360, merchant: 5232, beautician: 14208 }],
    ["nothing", 0, DEFAULT_COMMISSION_PLAN, 0, { platform: 0, merchant: 0, beautician: 0 }],
    ["a studio working alone (no platform share)", 5000, { platformPercent: 0, beauticianPercent: 100 }, 0, { platform: 0, merchant: 0, beautician: 5000 }],
    ["a fractional percentage", 10000, { platformPercent: 12.5, beauticianPercent: 70 }, 0, { platform: 1250, merchant: 2625, beautician: 6125 }],
  ])("%s", (_, amount, plan, tip, split) => {
    expect(splitEarnings(amount, plan, tip)).toEqual(split)
  })

  it("never makes or loses a fen, whatever the amount and plan", () => {
    for (let amount = 0; amount < 3000; amount += 7) {
      for (const platformPercent of [0, 5, 12.5, 20, 33, 100]) {
        const split = splitEarnings(amount, { platformPercent, beauticianPercent: 65 })
        expect(split.platform + split.merchant + split.beautician).toBe(amount)
        expect(Math.min(split.platform, split.merchant, split.beautician)).toBeGreaterThanOrEqual(0)
      }
    }
  })

  it.each([[-1], [1.5], [Number.NaN]])("refuses %s fen", (amount) => expect(() => splitEarnings(amount, DEFAULT_COMMISSION_PLAN)).toThrow(RangeError))
  it("refuses a percentage over 100", () => expect(() => splitEarnings(100, { platformPercent: 120, beauticianPercent: 50 })).toThrow(RangeError))
})
