import DownloadIcon from "@mui/icons-material/Download"
import { Alert, Box, Button, Card, CardContent, CircularProgress, Grid, MenuItem, Stack, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, TextField, Typography } from "@mui/material"
import { useState } from "react"
import { Title, useLocaleState, useNotify, usePermissions, useTranslate } from "react-admin"
import { useSearchParams } from "react-router-dom"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { ApiError } from "../api"
import { useStudioHandle } from "../layout/studio-picker"
import { can, type Staff } from "../roles"
import { formatFigure, shortLabel, useColumnName } from "./figures"
import { CHART, downloadCsv, groupsOf, isDate, isGroup, isReport, plusDays, readReport, REPORTS, today, useRead, type GroupBy, type Report, type ReportAsk, type ReportName } from "./report-data"

const COLORS = ["#1f6f5c", "#d9822b", "#3f6fb5", "#9e9e9e", "#c0392b", "#7b5ea7", "#2a9d8f", "#b08900"]
const BOOKING_BARS = ["completed", "in_service", "arrived", "en_route", "assigned", "confirmed", "cancelled", "no_show"]

/** The report, period and grouping are in the address (`#/reports?report=revenue&from=…&to=…&group_by=day`): the dashboard's figures link here. */
function useAsk(): [ReportAsk, (change: Partial<ReportAsk>) => void, boolean] {
  const [params, setParams] = useSearchParams()
  const { permissions } = usePermissions<Staff>()
  const platform = permissions?.role === "platform_admin"
  const handle = useStudioHandle()
  const last = today()
  const report: ReportName = isReport(params.get("report")) ? (params.get("report") as ReportName) : "revenue"
  const to = isDate(params.get("to")) ? (params.get("to") as string) : last
  const from = isDate(params.get("from")) ? (params.get("from") as string) : plusDays(to, -29)
  const asked = params.get("group_by")
  const groups = groupsOf(report, platform)
  const group_by: GroupBy = isGroup(asked) && groups.includes(asked) ? asked : "day"
  const ask = { report, from, to, group_by, merchant_handle: handle }
  const change = (next: Partial<ReportAsk>) => {
    const merged = { ...ask, ...next }
    if (!groupsOf(merged.report, platform).includes(merged.group_by)) merged.group_by = "day"
    setParams({ report: merged.report, from: merged.from, to: merged.to, group_by: merged.group_by }, { replace: true })
  }
  return [ask, change, platform]
}

export function ReportsPage() {
  const translate = useTranslate()
  const [ask, change, platform] = useAsk()
  const { permissions } = usePermissions<Staff>()
  const valid = ask.from <= ask.to
  const read = useRead(() => (valid ? readReport(ask) : Promise.reject(new ApiError("INVALID_INPUT", 400, {}))), [ask.report, ask.from, ask.to, ask.group_by, ask.merchant_handle])
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate("resources.reports.name")} />
      <Stack spacing={2}>
        <Controls ask={ask} change={change} platform={platform} canExport={can(permissions, "reports", "export") && valid} />
        {!valid ? <Alert severity="warning">{translate("resources.reports.bad_period")}</Alert> : null}
        {valid && read.error ? <Alert severity="error">{translate(read.error)}</Alert> : null}
        {valid && !read.data && read.pending ? (
          <Box sx={{ display: "flex", justifyContent: "center", p: 4 }}>
            <CircularProgress aria-label={translate("ra.page.loading")} />
          </Box>
        ) : null}
        {valid && read.data && !read.error ? <ReportView report={read.data} stale={read.pending} /> : null}
      </Stack>
    </Box>
  )
}

function Controls({ ask, change, platform, canExport }: { ask: ReportAsk; change: (c: Partial<ReportAsk>) => void; platform: boolean; canExport: boolean }) {
  const translate = useTranslate()
  const notify = useNotify()
  const [busy, setBusy] = useState(false)
  const last = today()
  const exportCsv = async () => {
    setBusy(true)
    try {
      await downloadCsv(ask)
      notify("resources.reports.exported", { type: "success" })
    } catch (error) {
      notify(error instanceof ApiError ? error.message : "doorstep.errors.UNKNOWN", { type: "error" })
    } finally {
      setBusy(false)
    }
  }
  const quick = [
    { key: "last_7", from: plusDays(last, -6), to: last },
    { key: "last_30", from: plusDays(last, -29), to: last },
    { key: "this_month", from: `${last.slice(0, 8)}01`, to: last },
  ]
  return (
    <Card variant="outlined">
      <CardContent>
        <Grid container spacing={2} sx={{ alignItems: "center" }}>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField select fullWidth size="small" label={translate("resources.reports.report")} value={ask.report} onChange={(e) => change({ report: e.target.value as ReportName })}>
              {REPORTS.map((report) => (
                <MenuItem key={report} value={report}>
                  {translate(`resources.reports.reports.${report}`)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 6, sm: 3, md: 2 }}>
            <DateField label={translate("resources.reports.from")} value={ask.from} bounds={{ max: ask.to }} onChange={(from) => change({ from })} />
          </Grid>
          <Grid size={{ xs: 6, sm: 3, md: 2 }}>
            <DateField label={translate("resources.reports.to")} value={ask.to} bounds={{ min: ask.from }} onChange={(to) => change({ to })} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 2 }}>
            <TextField select fullWidth size="small" label={translate("resources.reports.group_by")} value={ask.group_by} onChange={(e) => change({ group_by: e.target.value as GroupBy })}>
              {groupsOf(ask.report, platform).map((group) => (
                <MenuItem key={group} value={group}>
                  {translate(`resources.reports.groups.${group}`)}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }} sx={{ display: "flex", justifyContent: { md: "flex-end" } }}>
            {canExport ? (
              <Button variant="contained" startIcon={busy ? <CircularProgress size={16} color="inherit" aria-label={translate("ra.page.loading")} /> : <DownloadIcon />} onClick={exportCsv} disabled={busy} sx={{ minHeight: 40, width: { xs: "100%", md: "auto" } }}>
                {translate(busy ? "resources.reports.exporting" : "resources.reports.export")}
              </Button>
            ) : null}
          </Grid>
        </Grid>
        <Stack direction="row" spacing={1} sx={{ mt: 1.5, flexWrap: "wrap", alignItems: "center", rowGap: 1 }}>
          {quick.map((period) => (
            <Button
              key={period.key}
              size="small"
              variant={ask.from === period.from && ask.to === period.to ? "outlined" : "text"}
              onClick={() => change({ from: period.from, to: period.to })}
            >
              {translate(`resources.reports.${period.key}`)}
            </Button>
          ))}
          <Typography variant="caption" color="text.secondary">
            {translate("resources.reports.period_hint")}
          </Typography>
        </Stack>
      </CardContent>
    </Card>
  )
}

/** A local date (YYYY-MM-DD); a half-typed date changes nothing. */
function DateField({ label, value, bounds, onChange }: { label: string; value: string; bounds: { min?: string; max?: string }; onChange: (date: string) => void }) {
  return (
    <TextField
      type="date"
      fullWidth
      size="small"
      label={label}
      value={value}
      onChange={(e) => isDate(e.target.value) && onChange(e.target.value)}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: bounds }}
    />
  )
}

/** The headline figures of each report's totals. */
const HEADLINE: Record<ReportName, string[]> = {
  revenue: ["net_fen", "gross_fen", "refund_fen", "studio_fen"],
  bookings: ["total", "completed", "cancelled", "no_show"],
  utilisation: ["utilisation", "booked_minutes", "working_minutes"],
  rates: ["acceptance_rate", "cancellation_rate", "no_show_rate"],
}

function ReportView({ report, stale }: { report: Report; stale: boolean }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const name = useColumnName()
  const name_ = report.report as ReportName
  const chart = CHART[name_]
  // Only the series with figures in the period: a legend of empty statuses is clutter.
  const bars = (name_ === "bookings" ? BOOKING_BARS : chart.bars).filter((column) => Number(report.totals[column] ?? 0) !== 0 || column === chart.bars[0])
  const empty = report.rows.length === 0
  return (
    <Stack spacing={2} sx={{ opacity: stale ? 0.6 : 1, transition: "opacity 0.2s" }} aria-busy={stale}>
      <Typography variant="body2" color="text.secondary">
        {translate(`resources.reports.about.${name_}`)}
      </Typography>
      <Grid container spacing={2}>
        {HEADLINE[name_].map((column, i) => (
          <Grid key={column} size={{ xs: 6, md: 3 }}>
            <Card variant="outlined" sx={{ height: "100%" }}>
              <CardContent sx={{ py: 1.5, "&:last-child": { pb: 1.5 } }}>
                <Typography variant="body2" color="text.secondary">
                  {name(column)}
                </Typography>
                <Typography variant={i === 0 ? "h5" : "h6"} component="p" data-figure={column} sx={{ fontVariantNumeric: "tabular-nums" }}>
                  {formatFigure(column, report.totals[column], locale)}
                </Typography>
              </CardContent>
            </Card>
          </Grid>
        ))}
      </Grid>
      {empty ? (
        <Alert severity="info">{translate("resources.reports.empty")}</Alert>
      ) : (
        <>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="subtitle1" component="h2" gutterBottom>
                {translate(`resources.reports.reports.${name_}`)} · {translate("resources.reports.chart", { group: translate(`resources.reports.groups.${report.group_by}`) })}
              </Typography>
              <Box sx={{ width: "100%", height: 280, overflow: "hidden" }} role="img" aria-label={`${translate(`resources.reports.reports.${name_}`)} ${translate("resources.reports.period", { from: report.from, to: report.to })}`}>
                <ResponsiveContainer>
                  <BarChart data={report.rows.map((row) => ({ ...row, label: shortLabel(row.label) }))} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} />
                    <YAxis
                      tick={{ fontSize: 12 }}
                      width={64}
                      tickFormatter={(value: number) => (chart.kind === "fen" ? formatFigure("x_fen", value, locale).replace(/\.00$/, "") : chart.kind === "share" ? formatFigure("x_rate", value, locale) : String(value))}
                    />
                    <Tooltip formatter={(value, key) => [formatFigure(String(key), value, locale), name(String(key))]} />
                    <Legend formatter={(key) => name(String(key))} />
                    {bars.map((column, i) => (
                      <Bar key={column} dataKey={column} fill={COLORS[i % COLORS.length]} stackId={chart.stacked ? "a" : undefined} isAnimationActive={false} maxBarSize={40} />
                    ))}
                  </BarChart>
                </ResponsiveContainer>
              </Box>
            </CardContent>
          </Card>
          <RowsTable report={report} />
        </>
      )}
    </Stack>
  )
}

/** A row with nothing in it (a quiet day): shown, but in grey, so the days with figures stand out. */
const isEmpty = (row: Report["totals"], columns: string[]) => columns.every((column) => !row[column])

function RowsTable({ report }: { report: Report }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const name = useColumnName()
  const sticky = { position: "sticky", left: 0, bgcolor: "background.paper", zIndex: 1 } as const
  const cells = (row: Report["totals"]) =>
    report.columns.map((column) => (
      <TableCell key={column} align="right" sx={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
        {formatFigure(column, row[column], locale)}
      </TableCell>
    ))
  return (
    <Card variant="outlined">
      <CardContent sx={{ px: { xs: 0, sm: 2 } }}>
        <Typography variant="subtitle1" component="h2" gutterBottom sx={{ px: { xs: 2, sm: 0 } }}>
          {translate("resources.reports.table")} · {translate("resources.reports.period", { from: report.from, to: report.to })}
        </Typography>
        {/* Width 0 and at least the card's: the table scrolls inside the card instead of widening the page. */}
        <Box sx={{ overflowX: "auto", width: 0, minWidth: "100%" }} tabIndex={0} role="region" aria-label={translate("resources.reports.table")}>
          <Table size="small" stickyHeader>
            <TableHead>
              <TableRow>
                <TableCell sx={{ position: "sticky", left: 0, zIndex: 3 }}>{translate(`resources.reports.groups.${report.group_by}`)}</TableCell>
                {report.columns.map((column) => (
                  <TableCell key={column} align="right" sx={{ whiteSpace: "nowrap" }}>
                    {name(column)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {report.rows.map((row) => (
                <TableRow key={row.key} hover sx={isEmpty(row, report.columns) ? { "& td, & th": { color: "text.secondary" } } : undefined}>
                  <TableCell component="th" scope="row" sx={{ ...sticky, whiteSpace: "nowrap" }}>
                    {row.label}
                  </TableCell>
                  {cells(row)}
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow sx={{ "& td, & th": { fontWeight: 700, color: "text.primary", fontSize: "0.875rem", borderTop: 2, borderColor: "divider" } }} data-totals>
                <TableCell component="th" scope="row" sx={sticky}>
                  {translate("resources.reports.total")}
                </TableCell>
                {cells(report.totals)}
              </TableRow>
            </TableFooter>
          </Table>
        </Box>
      </CardContent>
    </Card>
  )
}
