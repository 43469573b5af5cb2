/** One ledger row as the per-job view needs it. */
export interface JobLedgerRow {
  appointment_id: string | null
  account: "platform" | "merchant" | "beautician"
  kind: string
  amount_fen: number
  commission_rate_bp: number | null
  created_at: Date | string
}

/** What one job brought in and where it went, as its beautician reads it; fen. */
export interface JobEarnings {
  appointment_id: string
  /** `service` for a job done (or a no-show), `cancellation_fee` for a cancellation's fee. */
  kind: "service" | "cancellation_fee"
  /** What the customer's payment kept for the job: the three shares together (a deposit booking's balance included once paid). */
  gross_fen: number
  platform_fen: number
  studio_fen: number
  /** The platform's and the studio's shares together: what the beautician did not get of the gross. */
  commission_fen: number
  /** The beautician's share of the gross. */
  net_fen: number
  /** Tips, wholly the beautician's, outside the gross. */
  tip_fen: number
  commission_rate_bp: number | null
  /** When the job's shares were booked. */
  booked_at: string
}

/** Ledger kinds that are a job's own pay, split by the studio's plan (a tip is the customer's gift on top). */
export const JOB_PAY_KINDS: ReadonlySet<string> = new Set(["service", "cancellation_fee", "balance", "refund"])

/**
 * Each job's gross, commission and net from its ledger rows (every account's):
 * the shares of its price (and balance) split by the studio's plan, and its
 * tips apart. Jobs whose shares are not booked yet are left out; newest first.
 */
export function jobEarnings(rows: readonly JobLedgerRow[]): JobEarnings[] {
  const jobs = new Map<string, JobEarnings>()
  for (const row of rows) {
    if (!row.appointment_id || !JOB_PAY_KINDS.has(row.kind)) continue
    const job = jobs.get(row.appointment_id) ?? {
      appointment_id: row.appointment_id,
      kind: "service" as const,
      gross_fen: 0,
      platform_fen: 0,
      studio_fen: 0,
      commission_fen: 0,
      net_fen: 0,
      tip_fen: 0,
      commission_rate_bp: null,
      booked_at: new Date(row.created_at).toISOString(),
    }
    if (row.kind === "cancellation_fee") job.kind = "cancellation_fee"
    if (row.kind === "service" || row.kind === "cancellation_fee") {
      job.commission_rate_bp = row.commission_rate_bp
      job.booked_at = new Date(row.created_at).toISOString()
    }
    job.gross_fen += row.amount_fen
    if (row.account === "platform") job.platform_fen += row.amount_fen
    else if (row.account === "merchant") job.studio_fen += row.amount_fen
    else job.net_fen += row.amount_fen
    job.commission_fen = job.platform_fen + job.studio_fen
    jobs.set(row.appointment_id, job)
  }
  for (const row of rows) {
    const job = row.appointment_id && row.kind === "tip" && row.account === "beautician" ? jobs.get(row.appointment_id) : undefined
    if (job) job.tip_fen += row.amount_fen
  }
  return [...jobs.values()].sort((a, b) => b.booked_at.localeCompare(a.booked_at) || b.appointment_id.localeCompare(a.appointment_id))
}
