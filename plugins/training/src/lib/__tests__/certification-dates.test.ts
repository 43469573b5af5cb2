import { expiresAt, expiryText, reminderDueAt, retryAt } from "../certification-dates"

describe("certification dates", () => {
  it.each([
    // passed (UTC), months, zone, expires (UTC)
    ["2026-12-01T02:00:00Z", 12, "Asia/Shanghai", "2027-12-01T02:00:00.000Z"],
    // 31 Jan 10:00 in Shanghai + 1 month = 28 Feb 10:00 there (the month's last day)
    ["2027-01-31T02:00:00Z", 1, "Asia/Shanghai", "2027-02-28T02:00:00.000Z"],
    // New York moves its clocks in March: the local time is kept, so the UTC hour shifts
    ["2027-01-15T14:00:00Z", 3, "America/New_York", "2027-04-15T13:00:00.000Z"],
    // 23:30 on 31 Jan in Shanghai is still January there, though UTC says 15:30 the same day
    ["2027-01-31T15:30:00Z", 1, "Asia/Shanghai", "2027-02-28T15:30:00.000Z"],
  ])("passed %s + %i months in %s expires %s", (passed, months, zone, expires) => {
    expect(expiresAt(new Date(passed), months, zone).toISOString()).toBe(expires)
  })

  it("reminds 14 days before, on the beautician's calendar", () => {
    expect(reminderDueAt(new Date("2027-12-01T02:00:00Z"), 14, "Asia/Shanghai").toISOString()).toBe("2027-11-17T02:00:00.000Z")
  })

  it("lets a failed beautician try again after the cooldown", () => {
    expect(retryAt(new Date("2026-12-01T02:00:00Z"), 24).toISOString()).toBe("2026-12-02T02:00:00.000Z")
  })

  it("writes the expiry day in the beautician's zone and language", () => {
    const expires = new Date("2027-11-30T17:00:00Z") // 1 Dec 01:00 in Shanghai
    expect(expiryText(expires, "Asia/Shanghai", "zh-CN")).toBe("2027年12月1日")
    expect(expiryText(expires, "Asia/Shanghai", "en")).toBe("on 1 Dec 2027")
  })
})
