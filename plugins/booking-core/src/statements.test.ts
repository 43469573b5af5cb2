import { monthRange, statementRows } from "./statements"

describe("monthRange", () => {
  it.each([
    ["2026-11", "Asia/Shanghai", "2026-10-31T16:00:00.000Z", "2026-11-30T16:00:00.000Z"],
    ["2026-12", "Asia/Shanghai", "2026-11-30T16:00:00.000Z", "2026-12-31T16:00:00.000Z"],
    // The month that holds the switch to summer time is an hour short.
    ["2026-03", "America/New_York", "2026-03-01T05:00:00.000Z", "2026-04-01T04:00:00.000Z"],
    ["2026-02", "Asia/Kolkata", "2026-01-31T18:30:00.000Z", "2026-02-28T18:30:00.000Z"],
  ])("%s in %s", (month, zone, start, end) => {
    const range = monthRange(month, zone)
    expect([new Date(range.start).toISOString(), new Date(range.end).toISOString()]).toEqual([start, end])
  })

  it("refuses what is not a month", () => {
    for (const month of ["2026-13", "2026-1", "26-11", "2026-11-01", ""]) expect(() => monthRange(month, "Asia/Shanghai")).toThrow(RangeError)
  })
})

describe("statementRows", () => {
  it("runs the balance through the month from the opening balance, in local time", () => {
    const rows = statementRows(
      [
        { at: Date.parse("2026-11-30T15:59:00Z"), kind: "withdrawal", appointment_id: null, note: "withdrawal wdrl_1", amount_fen: -10000 },
        { at: Date.parse("2026-11-02T02:00:00Z"), kind: "service", appointment_id: "appt_1", note: null, amount_fen: 12208 },
      ],
      500,
      "Asia/Shanghai",
    )
    expect(rows).toEqual([
      ["time", "kind", "appointment", "note", "amount_cny", "balance_cny"],
      ["", "opening_balance", "", "", "", "5.00"],
      ["2026-11-02 10:00", "service", "appt_1", "", "122.08", "127.08"],
      ["2026-11-30 23:59", "withdrawal", "", "withdrawal wdrl_1", "-100.00", "27.08"],
      ["", "closing_balance", "", "", "22.08", "27.08"],
    ])
  })
})
