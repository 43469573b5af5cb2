import { useEffect, useState } from "react"
import { api, ApiError, fetchFile, saveFile, type Schemas } from "../api"

/**
 * The reports' and the dashboard's reads (commerce's `/admin/reports/*`):
 * the same figures on both, so a tile and the report over its period agree
 * to the fen. The studio is a studio role's own (decided on the server) or
 * the one the platform picked; null asks the platform's every studio.
 */
export const REPORTS = ["revenue", "bookings", "utilisation", "rates"] as const
export type ReportName = (typeof REPORTS)[number]
export const GROUPS = ["day", "service", "beautician", "studio"] as const
export type GroupBy = (typeof GROUPS)[number]

export type Report = Schemas["Report"]
export type ReportRow = Schemas["ReportRow"]
export type Dashboard = Schemas["Dashboard"]
/** A tile: a report's totals over `from`–`to`. */
export type Tile = { from: string; to: string } & Record<string, unknown>

/** The groupings a report takes: utilisation has no service (working time has none); only the platform groups by studio. */
export const groupsOf = (report: ReportName, platform: boolean): GroupBy[] =>
  GROUPS.filter((group) => (group !== "service" || report !== "utilisation") && (group !== "studio" || platform))

export const isReport = (value: string | null): value is ReportName => (REPORTS as readonly string[]).includes(value ?? "")
export const isGroup = (value: string | null): value is GroupBy => (GROUPS as readonly string[]).includes(value ?? "")

/** Today's date in the city's zone (Asia/Shanghai), YYYY-MM-DD. */
export const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date())
/** A calendar date `days` after `date`. */
export const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
export const isDate = (value: string | null): value is string => /^\d{4}-\d{2}-\d{2}$/.test(value ?? "") && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))

export interface ReportAsk {
  report: ReportName
  from: string
  to: string
  group_by: GroupBy
  merchant_handle: string | null
}

const query = (ask: ReportAsk) => ({ from: ask.from, to: ask.to, group_by: ask.group_by, merchant_handle: ask.merchant_handle ?? undefined })

export const readReport = (ask: ReportAsk) => api<Report>("GET", `/admin/reports/${ask.report}`, { query: query(ask) })

export const readDashboard = async (handle: string | null) =>
  (await api<{ dashboard: Dashboard }>("GET", "/admin/reports/dashboard", { query: { merchant_handle: handle ?? undefined } })).dashboard

/** The report as the server's CSV (its rows and totals row), saved under the server's name for it. */
export async function downloadCsv(ask: ReportAsk) {
  const { blob, filename } = await fetchFile(`/admin/reports/${ask.report}`, { ...query(ask), format: "csv" }, "text/csv")
  saveFile(blob, filename ?? `doorstep-${ask.report}-${ask.merchant_handle ?? "all"}-${ask.from}-${ask.to}-by-${ask.group_by}.csv`)
}

/** A read's state: pending, its answer, or the refusal's translation key. */
export function useRead<T>(read: () => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<{ data?: T; error?: string; pending: boolean }>({ pending: true })
  useEffect(() => {
    let live = true
    setState((before) => ({ data: before.data, pending: true }))
    read().then(
      (data) => live && setState({ data, pending: false }),
      (error: unknown) => live && setState({ error: error instanceof ApiError ? error.message : "doorstep.errors.UNKNOWN", pending: false }),
    )
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  return state
}

/** How a column's figures read: money in fen, 0–1 shares, minutes, or counts. */
export type Kind = "fen" | "share" | "minutes" | "count"
export const kindOf = (column: string): Kind =>
  column.endsWith("_fen") ? "fen" : column.endsWith("_rate") || column === "utilisation" ? "share" : column.endsWith("_minutes") ? "minutes" : "count"

export const formatShare = (value: unknown, locale: string) =>
  typeof value === "number" ? new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value) : "—"

/** Minutes as hours, one decimal. */
export const formatHours = (minutes: unknown, locale: string) =>
  typeof minutes === "number" ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(minutes / 60)}${locale.startsWith("zh") ? " 小时" : " h"}` : "—"

/** The figure each report's chart draws, and the ones its headline shows. */
export const CHART: Record<ReportName, { bars: string[]; stacked?: boolean; kind: Kind }> = {
  revenue: { bars: ["net_fen", "refund_fen"], kind: "fen" },
  bookings: { bars: ["completed", "assigned", "confirmed", "cancelled", "no_show"], stacked: true, kind: "count" },
  utilisation: { bars: ["utilisation"], kind: "share" },
  rates: { bars: ["acceptance_rate", "cancellation_rate"], kind: "share" },
}
