import { dispatchRisks, lateness, type JobAtRisk } from "./dispatch-risk"

const MINUTE = 60_000
/** A pinned clock: 2026-12-02 14:00 in Shanghai. */
const NOW = Date.parse("2026-12-02T14:00:00+08:00")
const job = (change: Partial<JobAtRisk> = {}): JobAtRisk => ({ status: "assigned", start: NOW + 30 * MINUTE, travelInMinutes: 20, beauticianActive: true, offerExpiresAt: null, ...change })

describe("lateness", () => {
  it.each([
    ["assigned, trip begins in 10 min", job(), undefined],
    ["assigned, should have left 4 min ago (within the grace)", job({ start: NOW + 16 * MINUTE }), undefined],
    ["assigned, should have left 5 min ago", job({ start: NOW + 15 * MINUTE }), { kind: "not_left", since: NOW - 5 * MINUTE }],
    ["en route, started 9 min ago", job({ status: "en_route", start: NOW - 9 * MINUTE }), undefined],
    ["en route, started 10 min ago", job({ status: "en_route", start: NOW - 10 * MINUTE }), { kind: "not_arrived", since: NOW - 10 * MINUTE }],
    ["arrived, started an hour ago", job({ status: "arrived", start: NOW - 60 * MINUTE }), undefined],
  ])("%s", (_, given, expected) => {
    expect(lateness(given, NOW)).toEqual(expected)
  })
})

describe("dispatchRisks", () => {
  it.each([
    ["an assigned job on time", job(), []],
    ["a paid job nobody has taken, its offer out for 2 more minutes", job({ status: "confirmed", offerExpiresAt: NOW + 2 * MINUTE }), ["unassigned"]],
    ["an offer running out within the minute", job({ status: "confirmed", offerExpiresAt: NOW + 59_000 }), ["unassigned", "offer_expiring"]],
    ["an offer past its time, not yet moved on", job({ status: "confirmed", offerExpiresAt: NOW - 1000 }), ["unassigned", "offer_expiring"]],
    ["a late job of a suspended beautician", job({ start: NOW, beauticianActive: false }), ["late", "beautician_suspended"]],
    ["a suspended beautician's job already done", job({ status: "completed", beauticianActive: false }), []],
  ])("%s", (_, given, expected) => {
    expect(dispatchRisks(given, NOW, 1)).toEqual(expected)
  })
})
