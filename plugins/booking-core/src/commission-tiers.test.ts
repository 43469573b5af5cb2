import { assertValidTiers, CommissionTiersError, describePlan, monthOf, publicPlan, STANDARD_PLAN, tieredRates, tierReached, tiersOf, type CommissionTier } from "./commission-tiers"

const ZONE = "Asia/Shanghai"
const at = (iso: string) => Date.parse(iso)
/** 20 % until ¥10,000 in the month, 15 % until ¥50,000, then 10 %. */
const tiers: CommissionTier[] = [
  { fromFen: 0, rateBp: 2000 },
  { fromFen: 1_000_000, rateBp: 1500 },
  { fromFen: 5_000_000, rateBp: 1000 },
]

describe("tierReached", () => {
  it.each([
    [0, 0, 2000],
    [999_999, 0, 2000],
    [1_000_000, 1, 1500],
    [4_999_999, 1, 1500],
    [5_000_000, 2, 1000],
    [900_000_000, 2, 1000],
  ])("a month at %i fen is in tier %i (%i bp)", (gross, tier, rateBp) => expect(tierReached(tiers, gross)).toEqual({ tier, rateBp }))
})

describe("monthOf", () => {
  it.each([
    ["the last millisecond of January in Shanghai", "2026-01-31T15:59:59.999Z", ZONE, "2026-01"],
    ["Shanghai's first midnight of February (still 31 January in UTC)", "2026-01-31T16:00:00.000Z", ZONE, "2026-02"],
    ["New Year in Shanghai, New Year's Eve in UTC", "2026-12-31T16:00:00.000Z", ZONE, "2027-01"],
    ["a leap day's evening in Shanghai", "2028-02-29T15:59:59.000Z", ZONE, "2028-02"],
    ["a leap day's midnight in Shanghai is March", "2028-02-29T16:00:00.000Z", ZONE, "2028-03"],
    // Shanghai keeps UTC+8 all year; a zone with summer time moves its month's edge by an hour.
    ["April 1st midnight in Berlin after summer time began (UTC+2)", "2026-03-31T22:00:00.000Z", "Europe/Berlin", "2026-04"],
    ["the same instant is 06:00 on 1 April in Shanghai", "2026-03-31T22:00:00.000Z", ZONE, "2026-04"],
    ["an hour before Berlin's April", "2026-03-31T21:59:59.000Z", "Europe/Berlin", "2026-03"],
  ])("%s", (_, iso, zone, month) => expect(monthOf(at(iso), zone)).toBe(month))

  it("refuses a zone that does not exist", () => expect(() => monthOf(0, "Mars/Olympus")).toThrow(RangeError))
})

describe("tieredRates", () => {
  const job = (id: string, iso: string, keptFen: number, counts = true) => ({ id, endedAt: at(iso), keptFen, counts })

  it("charges the job that crosses a threshold the old rate and the next one the new", () => {
    const rates = tieredRates([job("c", "2026-03-10T04:00:00Z", 100), job("a", "2026-03-01T04:00:00Z", 600_000), job("b", "2026-03-05T04:00:00Z", 500_000)], tiers, ZONE)
    expect([...rates.entries()].map(([id, r]) => [id, r.grossBeforeFen, r.tier, r.rateBp])).toEqual([
      ["a", 0, 0, 2000],
      ["b", 600_000, 0, 2000],
      ["c", 1_100_000, 1, 1500],
    ])
  })

  it("starts every month again from the first tier, at Shanghai's midnight", () => {
    const rates = tieredRates([job("jan", "2026-01-31T15:59:59Z", 6_000_000), job("jan-late", "2026-01-31T15:59:59.500Z", 100), job("feb", "2026-01-31T16:00:00Z", 100)], tiers, ZONE)
    expect(rates.get("jan-late")).toEqual({ month: "2026-01", grossBeforeFen: 6_000_000, tier: 2, rateBp: 1000 })
    expect(rates.get("feb")).toEqual({ month: "2026-02", grossBeforeFen: 0, tier: 0, rateBp: 2000 })
  })

  it("lets a cancellation fee pay the tier reached without counting towards it", () => {
    const rates = tieredRates([job("a", "2026-03-01T04:00:00Z", 1_000_000), job("fee", "2026-03-02T04:00:00Z", 5_000_000, false), job("b", "2026-03-03T04:00:00Z", 100)], tiers, ZONE)
    expect(rates.get("fee")).toMatchObject({ tier: 1, rateBp: 1500 })
    expect(rates.get("b")).toMatchObject({ grossBeforeFen: 1_000_000, tier: 1 })
  })

  it("orders jobs that ended at the same instant by id, so two runs agree", () => {
    const same = "2026-03-01T04:00:00Z"
    const forwards = tieredRates([job("x", same, 1_000_000), job("y", same, 1_000_000)], tiers, ZONE)
    const backwards = tieredRates([job("y", same, 1_000_000), job("x", same, 1_000_000)], tiers, ZONE)
    expect(forwards).toEqual(backwards)
    expect(forwards.get("y")).toMatchObject({ grossBeforeFen: 1_000_000, tier: 1 })
  })
})

describe("assertValidTiers", () => {
  it("accepts a flat plan and a rising one", () => {
    expect(() => assertValidTiers([{ fromFen: 0, rateBp: 0 }])).not.toThrow()
    expect(() => assertValidTiers(tiers)).not.toThrow()
    expect(() => assertValidTiers([{ fromFen: 0, rateBp: 10_000 }])).not.toThrow()
  })

  it.each([
    ["no tiers", [], /1 to 10 tiers/],
    ["a first tier above 0", [{ fromFen: 100, rateBp: 2000 }], /starts from 0/],
    ["tiers out of order", [{ fromFen: 0, rateBp: 2000 }, { fromFen: 500, rateBp: 1500 }, { fromFen: 400, rateBp: 1000 }], /Tier 3 must start above tier 2/],
    ["two tiers from the same amount", [{ fromFen: 0, rateBp: 2000 }, { fromFen: 0, rateBp: 1500 }], /Tier 2 must start above tier 1/],
    ["a rate over 100 %", [{ fromFen: 0, rateBp: 10_001 }], /0–10000 basis points/],
    ["a negative rate", [{ fromFen: 0, rateBp: -1 }], /0–10000 basis points/],
    ["a fraction of a basis point", [{ fromFen: 0, rateBp: 12.5 }], /0–10000 basis points/],
    ["a fraction of a fen", [{ fromFen: 0, rateBp: 2000 }, { fromFen: 10.5, rateBp: 1000 }], /not an amount in fen/],
    ["eleven tiers", Array.from({ length: 11 }, (_, i) => ({ fromFen: i * 100, rateBp: 2000 })), /1 to 10 tiers/],
  ])("refuses %s", (_, bad, message) => {
    expect(() => assertValidTiers(bad as CommissionTier[])).toThrow(CommissionTiersError)
    expect(() => assertValidTiers(bad as CommissionTier[])).toThrow(message as RegExp)
  })
})

describe("a stored plan", () => {
  const growth = { name: "growth", commission_percent: 20, beautician_percent: 60, tiers: [{ from_fen: 0, rate_bp: 2000 }, { from_fen: 1_000_000, rate_bp: 1500 }] }

  it("takes its tiers, or one tier at its flat percent", () => {
    expect(tiersOf(growth)).toEqual([{ fromFen: 0, rateBp: 2000 }, { fromFen: 1_000_000, rateBp: 1500 }])
    expect(tiersOf({ ...STANDARD_PLAN, commission_percent: 12.5 })).toEqual([{ fromFen: 0, rateBp: 1250 }])
  })

  it("is shown to staff with its tiers, and written in the decision log by name, tiers and the beautician's share", () => {
    expect(publicPlan(STANDARD_PLAN)).toEqual({ name: "standard", tiers: [{ from_fen: 0, rate_bp: 2000 }], beautician_percent: 70 })
    expect(describePlan(STANDARD_PLAN)).toBe("20%/70%")
    expect(describePlan(growth)).toBe("growth: 20%, 15% from ¥10000.00/60%")
  })
})
