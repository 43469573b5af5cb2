import { jobEarnings, type JobLedgerRow } from "../job-earnings"

const row = (appointment_id: string | null, account: JobLedgerRow["account"], kind: string, amount_fen: number, created_at = "2026-12-01T10:00:00Z", commission_rate_bp: number | null = 2000): JobLedgerRow => ({
  appointment_id,
  account,
  kind,
  amount_fen,
  commission_rate_bp,
  created_at,
})

describe("jobEarnings", () => {
  it("adds a job's three shares to its gross: commission is the platform's and the studio's, net the beautician's", () => {
    const [job] = jobEarnings([row("a", "platform", "service", 4360), row("a", "merchant", "service", 5232), row("a", "beautician", "service", 12208)])
    expect(job).toEqual({
      appointment_id: "a",
      kind: "service",
      gross_fen: 21800,
      platform_fen: 4360,
      studio_fen: 5232,
      commission_fen: 9592,
      net_fen: 12208,
      tip_fen: 0,
      commission_rate_bp: 2000,
      booked_at: "2026-12-01T10:00:00.000Z",
    })
  })

  it("counts a deposit booking's balance in the gross, keeps tips apart, and leaves withdrawals and adjustments out", () => {
    const rows = [
      row("a", "platform", "service", 1000),
      row("a", "merchant", "service", 1200),
      row("a", "beautician", "service", 2800),
      row("a", "platform", "balance", 2000, "2026-12-02T10:00:00Z", null),
      row("a", "merchant", "balance", 2400, "2026-12-02T10:00:00Z", null),
      row("a", "beautician", "balance", 5600, "2026-12-02T10:00:00Z", null),
      row("a", "beautician", "tip", 2000),
      row(null, "beautician", "withdrawal", -10000),
      row(null, "beautician", "adjustment", 500),
    ]
    expect(jobEarnings(rows)).toEqual([
      expect.objectContaining({ appointment_id: "a", gross_fen: 15000, commission_fen: 6600, net_fen: 8400, tip_fen: 2000, commission_rate_bp: 2000, booked_at: "2026-12-01T10:00:00.000Z" }),
    ])
  })

  it("names a cancellation's fee as such, and lists the newest job first", () => {
    const jobs = jobEarnings([
      row("old", "beautician", "service", 100, "2026-11-01T00:00:00Z"),
      row("fee", "platform", "cancellation_fee", 20, "2026-12-03T00:00:00Z"),
      row("fee", "beautician", "cancellation_fee", 56, "2026-12-03T00:00:00Z"),
    ])
    expect(jobs.map((j) => [j.appointment_id, j.kind, j.gross_fen])).toEqual([
      ["fee", "cancellation_fee", 76],
      ["old", "service", 100],
    ])
  })

  it("shows a tip without a booked job nowhere", () => {
    expect(jobEarnings([row("t", "beautician", "tip", 500)])).toEqual([])
  })
})
