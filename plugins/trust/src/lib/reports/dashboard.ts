import type { MedusaContainer } from "@medusajs/framework/types"
import { runReport, type Report } from "./figures"
import { dashboardPeriods, dateIn, plusDays, reportPeriod } from "./period"
import { weeklyRatings } from "./queries"
import { teamOf, type ReportScope } from "./scope"

/** How many weeks the rating trend shows, this one included. */
export const RATING_WEEKS = 12

/** A report's totals with its period, for a tile that links to the report (same period, same figures). */
const tile = ({ from, to, totals }: Report) => {
  const { key: _key, label: _label, ...figures } = totals
  return { from, to, ...figures }
}

/**
 * A daily revenue report's days from `from` on, added up: the dashboard's
 * revenue today and over the last 7 days are the last days of its 30-day
 * report (every revenue figure is a sum of fen, so the parts add up exactly).
 */
function revenueSince(report: Report, from: string) {
  const figures = Object.fromEntries(report.columns.map((column) => [column, 0]))
  for (const row of report.rows) if (row.key >= from) for (const column of report.columns) figures[column] += Number(row[column] ?? 0)
  return { from, to: report.to, ...figures }
}

/** Visible reviews' average rating each week (Monday first), the last `RATING_WEEKS` weeks; null in a week without reviews. */
async function ratingTrend(container: MedusaContainer, scope: ReportScope, zone: string, now: Date) {
  const today = dateIn(zone, now)
  const monday = plusDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7))
  const first = plusDays(monday, -7 * (RATING_WEEKS - 1))
  const weeks = new Map((await weeklyRatings(container, teamOf(scope), reportPeriod(zone, now, first, today))).map((row) => [row.week, row]))
  return Array.from({ length: RATING_WEEKS }, (_, i) => {
    const week = plusDays(first, 7 * i)
    const row = weeks.get(week)
    return { week, reviews: row?.reviews ?? 0, average_rating: row ? Math.round((row.rating_sum / row.reviews) * 100) / 100 : null }
  })
}

/**
 * The dashboard: today's jobs by status, revenue today and over the last 7
 * and 30 days, utilisation and the rates over the last 30 days — each the
 * totals of the report over that period (`runReport`, the very figures its
 * CSV exports) — and the weekly rating trend.
 */
export async function dashboard(container: MedusaContainer, scope: ReportScope, zone: string, now: Date) {
  const periods = dashboardPeriods(zone, now)
  const [jobs, revenue, utilisation, rates, ratings] = await Promise.all([
    runReport(container, "bookings", scope, periods.today, "day"),
    runReport(container, "revenue", scope, periods.last_30_days, "day"),
    runReport(container, "utilisation", scope, periods.last_30_days, "day"),
    runReport(container, "rates", scope, periods.last_30_days, "day"),
    ratingTrend(container, scope, zone, now),
  ])
  return {
    timezone: zone,
    today: periods.today.from,
    merchant_handle: scope.handle,
    merchant_name: scope.name,
    jobs_today: tile(jobs),
    revenue: { today: revenueSince(revenue, periods.today.from), last_7_days: revenueSince(revenue, periods.last_7_days.from), last_30_days: revenueSince(revenue, periods.last_30_days.from) },
    utilisation: tile(utilisation),
    rates: tile(rates),
    rating_trend: ratings,
  }
}
