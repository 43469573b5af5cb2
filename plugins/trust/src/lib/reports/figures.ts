import type { MedusaContainer } from "@medusajs/framework/types"
import { DomainError } from "@doorstep/appointments/api/domain-error"
import type { ReportPeriod } from "./period"
import { bookingCounts, ledgerShares, offerAnswers, refunds, servicesOf } from "./queries"
import { teamOf, type ReportScope } from "./scope"
import { share, Tally, type GroupBy, type ReportRow } from "./tally"
import { utilisationDays } from "./utilisation"

export const REPORTS = ["bookings", "revenue", "utilisation", "rates"] as const
export type ReportName = (typeof REPORTS)[number]

/** Appointment statuses a bookings report counts (a hold becomes a booking once paid). */
export const BOOKED_STATUSES = ["confirmed", "assigned", "en_route", "arrived", "in_service", "completed", "cancelled", "no_show"] as const

export interface Report {
  report: ReportName
  timezone: string
  from: string
  to: string
  group_by: GroupBy
  merchant_handle: string | null
  /** The figures of each row, in order (after `key` and `label`). */
  columns: string[]
  rows: ReportRow[]
  totals: ReportRow
}

type Built = { columns: string[]; rows: ReportRow[]; totals: ReportRow }

/** Bookings by status: appointments starting in the period. */
async function bookings(container: MedusaContainer, scope: ReportScope, period: ReportPeriod, group: GroupBy): Promise<Built> {
  const tally = new Tally(group, [...BOOKED_STATUSES, "total"], scope)
  for (const row of await bookingCounts(container, teamOf(scope), period)) tally.add(row, { [row.status]: row.count, total: row.count })
  return { columns: [...BOOKED_STATUSES, "total"], ...(await tally.rows(container, period, () => ({}))) }
}

const REVENUE_COLUMNS = ["gross_fen", "refund_fen", "net_fen", "commission_fen", "studio_fen", "beautician_fen"]

/**
 * Money in fen, from the ledger that earnings and statements read: what the
 * jobs' shares booked in the period came to (`net_fen`) and how they were
 * shared (the platform's commission, the studio's and the beautician's
 * shares); cancellations' refunds by the day cancelled; `gross_fen` is the
 * two together — what the customers paid for them.
 */
async function revenue(container: MedusaContainer, scope: ReportScope, period: ReportPeriod, group: GroupBy): Promise<Built> {
  const tally = new Tally(group, ["commission_fen", "studio_fen", "beautician_fen", "refund_fen"] as const, scope)
  const [shares, refunded] = await Promise.all([ledgerShares(container, scope.handle, period, group === "service"), refunds(container, teamOf(scope), period)])
  const services = group === "service" ? await servicesOf(container, [...new Set(shares.map((row) => row.appointment_id))]) : new Map<string, string>()
  for (const row of shares) {
    tally.add({ ...row, variant_id: services.get(row.appointment_id) }, { commission_fen: row.platform_fen, studio_fen: row.studio_fen, beautician_fen: row.beautician_fen })
  }
  for (const row of refunded) tally.add(row, { refund_fen: row.refund_fen })
  const built = await tally.rows(container, period, (sums) => {
    const net = sums.commission_fen + sums.studio_fen + sums.beautician_fen
    return { gross_fen: net + sums.refund_fen, net_fen: net }
  })
  return { columns: REVENUE_COLUMNS, ...built }
}

/** Booked minutes over working minutes of the studio's beauticians (by service it would mean nothing: working time has no service). */
async function utilisation(container: MedusaContainer, scope: ReportScope, period: ReportPeriod, group: GroupBy): Promise<Built> {
  if (group === "service") throw new DomainError(400, "REPORT_GROUP_UNSUPPORTED", "利用率不能按服务分组 · Utilisation cannot be grouped by service", "group_by")
  const tally = new Tally(group, ["working_minutes", "booked_minutes"] as const, scope)
  for (const row of await utilisationDays(container, scope, period)) tally.add(row, { working_minutes: row.working_minutes, booked_minutes: row.booked_minutes })
  const keys = group === "beautician" ? scope.beauticians.filter((b) => b.status === "active").map((b) => b.id) : undefined
  const built = await tally.rows(container, period, (sums) => ({ utilisation: share(sums.booked_minutes, sums.working_minutes) }), keys)
  return { columns: ["working_minutes", "booked_minutes", "utilisation"], ...built }
}

const RATE_COUNTS = ["offers_answered", "offers_accepted", "bookings", "cancelled", "attended", "no_show"] as const

/**
 * Acceptance of offers made in the period (accepted over answered: accepted,
 * declined or expired), cancellations over bookings starting in it, and
 * no-shows over the visits that were due (completed or no-show).
 */
async function rates(container: MedusaContainer, scope: ReportScope, period: ReportPeriod, group: GroupBy): Promise<Built> {
  const tally = new Tally(group, RATE_COUNTS, scope)
  const team = teamOf(scope)
  const [offers, booked] = await Promise.all([offerAnswers(container, team, period), bookingCounts(container, team, period)])
  const services = group === "service" ? await servicesOf(container, [...new Set(offers.map((row) => row.appointment_id))]) : new Map<string, string>()
  for (const row of offers) tally.add({ ...row, variant_id: services.get(row.appointment_id) }, { offers_answered: row.answered, offers_accepted: row.accepted })
  for (const row of booked) {
    tally.add(row, {
      bookings: row.count,
      cancelled: row.status === "cancelled" ? row.count : 0,
      attended: row.status === "completed" || row.status === "no_show" ? row.count : 0,
      no_show: row.status === "no_show" ? row.count : 0,
    })
  }
  const built = await tally.rows(container, period, (sums) => ({
    acceptance_rate: share(sums.offers_accepted, sums.offers_answered),
    cancellation_rate: share(sums.cancelled, sums.bookings),
    no_show_rate: share(sums.no_show, sums.attended),
  }))
  return { columns: ["offers_answered", "offers_accepted", "acceptance_rate", "bookings", "cancelled", "cancellation_rate", "attended", "no_show", "no_show_rate"], ...built }
}

const BUILDERS: Record<ReportName, typeof bookings> = { bookings, revenue, utilisation, rates }

/** One report over the period for the scope, by `group`: its rows and their totals (the dashboard reads the same). */
export async function runReport(container: MedusaContainer, report: ReportName, scope: ReportScope, period: ReportPeriod, group: GroupBy): Promise<Report> {
  const built = await BUILDERS[report](container, scope, period, group)
  const order = (row: ReportRow) => ({ key: row.key, label: row.label, ...Object.fromEntries(built.columns.map((column) => [column, row[column] ?? null])) }) as ReportRow
  return {
    report,
    timezone: period.zone,
    from: period.from,
    to: period.to,
    group_by: group,
    merchant_handle: scope.handle,
    columns: built.columns,
    rows: built.rows.map(order),
    totals: order(built.totals),
  }
}
