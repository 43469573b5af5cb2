import ChevronRightIcon from "@mui/icons-material/ChevronRight"
import { Alert, Box, Button, Card, CardActionArea, CardContent, CircularProgress, Grid, List, ListItem, ListItemButton, ListItemText, Stack, Typography } from "@mui/material"
import type { ReactNode } from "react"
import { Title, useGetIdentity, useLocaleState, usePermissions, useTranslate } from "react-admin"
import { Link } from "react-router-dom"
import { Area, AreaChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { STATUS_COLORS } from "../appointments/appointment-list"
import { useStudioHandle } from "../layout/studio-picker"
import { formatFen } from "../money"
import { formatFigure, shortLabel } from "../reports/figures"
import { formatHours, formatShare, readDashboard, readReport, useRead, type Dashboard as DashboardData, type ReportName, type Tile } from "../reports/report-data"
import { can, type Screen, type Staff } from "../roles"

/** Today's jobs in the order a day runs. */
const JOB_STATUSES = ["confirmed", "assigned", "en_route", "arrived", "in_service", "completed", "cancelled", "no_show"] as const
const DOT: Record<string, string> = { warning: "#ed6c02", info: "#0288d1", primary: "#1f6f5c", success: "#2e7d32", default: "#9e9e9e", error: "#d32f2f" }

const num = (value: unknown) => (typeof value === "number" ? value : 0)
const reportLink = (report: ReportName, tile: Tile) => `/reports?report=${report}&from=${tile.from}&to=${tile.to}&group_by=day`
const appointmentsLink = (filter: Record<string, string>) => `/appointments?filter=${encodeURIComponent(JSON.stringify(filter))}`

/**
 * The back office's first screen. A studio's manager (and the platform, for
 * the studio picked in the app bar or every studio) sees the day and the
 * month at a glance, each figure a link to the list or report behind it;
 * every other role is welcomed with the screens it works.
 */
export function Dashboard() {
  const { permissions } = usePermissions<Staff>()
  if (!permissions) return null
  return can(permissions, "dashboard") ? <Figures /> : <Welcome permissions={permissions} />
}

function Figures() {
  const translate = useTranslate()
  const handle = useStudioHandle()
  const read = useRead(() => readDashboard(handle), [handle])
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate("resources.dashboard.name")} />
      {read.error ? <Alert severity="error">{translate(read.error)}</Alert> : null}
      {!read.data && read.pending ? (
        <Box sx={{ display: "flex", justifyContent: "center", p: 4 }}>
          <CircularProgress aria-label={translate("ra.page.loading")} />
        </Box>
      ) : null}
      {read.data && !read.error ? <Board data={read.data} /> : null}
    </Box>
  )
}

function Board({ data }: { data: DashboardData }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { revenue, utilisation, rates } = data
  const fen = (tile: Tile) => formatFen(num(tile.net_fen), locale)
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary" component="p">
        {translate("resources.dashboard.today", { date: data.today })} · {data.merchant_name ?? data.merchant_handle ?? translate("resources.dashboard.all_studios")}
      </Typography>
      <Grid container spacing={{ xs: 1, sm: 2 }}>
        <Figure id="revenue_today" to={reportLink("revenue", revenue.today)} label={translate("resources.dashboard.revenue_today")} value={fen(revenue.today)} hint={translate("resources.dashboard.revenue_hint")} />
        <Figure id="revenue_7" to={reportLink("revenue", revenue.last_7_days)} label={translate("resources.dashboard.revenue_7")} value={fen(revenue.last_7_days)} hint={translate("resources.dashboard.revenue_hint")} />
        <Figure id="revenue_30" to={reportLink("revenue", revenue.last_30_days)} label={translate("resources.dashboard.revenue_30")} value={fen(revenue.last_30_days)} hint={translate("resources.dashboard.revenue_hint")} />
        <Figure
          id="utilisation"
          to={reportLink("utilisation", utilisation)}
          label={translate("resources.dashboard.utilisation")}
          value={formatShare(utilisation.utilisation, locale)}
          hint={translate("resources.dashboard.utilisation_hint", { booked: formatHours(utilisation.booked_minutes, locale), working: formatHours(utilisation.working_minutes, locale) })}
        />
        <Figure
          id="acceptance"
          to={reportLink("rates", rates)}
          label={translate("resources.dashboard.acceptance")}
          value={formatShare(rates.acceptance_rate, locale)}
          hint={translate("resources.dashboard.acceptance_hint", { accepted: num(rates.offers_accepted), answered: num(rates.offers_answered) })}
        />
        <Figure
          id="cancellation"
          to={reportLink("rates", rates)}
          label={translate("resources.dashboard.cancellation")}
          value={formatShare(rates.cancellation_rate, locale)}
          hint={translate("resources.dashboard.cancellation_hint", { cancelled: num(rates.cancelled), bookings: num(rates.bookings) })}
        />
      </Grid>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <JobsToday tile={data.jobs_today} today={data.today} />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <RevenueChart tile={revenue.last_30_days} handle={data.merchant_handle} />
        </Grid>
        <Grid size={12}>
          <RatingTrend weeks={data.rating_trend} />
        </Grid>
      </Grid>
    </Stack>
  )
}

/** A figure as a tile that opens what it counts. */
function Figure({ id, label, value, hint, to }: { id: string; label: string; value: string; hint?: string; to: string }) {
  return (
    <Grid size={{ xs: 6, sm: 4, lg: 2 }}>
      <Card variant="outlined" sx={{ height: "100%" }}>
        <CardActionArea component={Link} to={to} sx={{ height: "100%", alignItems: "flex-start" }} data-figure={id}>
          <CardContent sx={{ p: { xs: 1.5, sm: 2 } }}>
            <Typography variant="body2" color="text.secondary" sx={{ lineHeight: 1.3 }}>
              {label}
            </Typography>
            <Typography variant="h5" component="p" data-value sx={{ fontVariantNumeric: "tabular-nums", fontSize: { xs: "1.25rem", sm: "1.5rem" }, my: 0.5 }}>
              {value}
            </Typography>
            {hint ? (
              <Typography variant="caption" color="text.secondary" component="p" sx={{ lineHeight: 1.3 }}>
                {hint}
              </Typography>
            ) : null}
          </CardContent>
        </CardActionArea>
      </Card>
    </Grid>
  )
}

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Card variant="outlined" sx={{ height: "100%" }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between", mb: 1, gap: 1 }}>
          <Typography variant="subtitle1" component="h2">
            {title}
          </Typography>
          {action}
        </Stack>
        {children}
      </CardContent>
    </Card>
  )
}

/** Today's jobs by status (those with jobs), each opening the appointments list at that status and today's date. */
function JobsToday({ tile, today }: { tile: Tile; today: string }) {
  const translate = useTranslate()
  const total = num(tile.total)
  const day = { from: today, to: today }
  return (
    <Section
      title={translate("resources.dashboard.jobs_today")}
      action={
        <Button component={Link} to={appointmentsLink(day)} size="small" endIcon={<ChevronRightIcon />}>
          {translate("resources.dashboard.jobs_total", { smart_count: total })}
        </Button>
      }
    >
      {total === 0 ? (
        <Typography color="text.secondary" variant="body2">
          {translate("resources.dashboard.jobs_none")}
        </Typography>
      ) : null}
      <List dense disablePadding aria-label={translate("resources.dashboard.jobs_today")}>
        {JOB_STATUSES.filter((status) => num(tile[status]) > 0).map((status) => {
          const count = num(tile[status])
          return (
            <ListItem key={status} disablePadding>
              <ListItemButton component={Link} to={appointmentsLink({ status, ...day })} sx={{ px: 1, borderRadius: 1 }} data-status={status}>
                <Box component="span" sx={{ width: 10, height: 10, borderRadius: "50%", bgcolor: DOT[STATUS_COLORS[status]], mr: 1.5, flex: "0 0 auto" }} />
                <ListItemText primary={translate(`resources.appointments.status.${status}`)} />
                <Box component="span" sx={{ width: 64, height: 6, bgcolor: "action.hover", borderRadius: 3, mx: 1.5, overflow: "hidden", display: { xs: "none", sm: "block" } }} aria-hidden>
                  <Box component="span" sx={{ display: "block", width: `${total ? (count / total) * 100 : 0}%`, height: "100%", bgcolor: DOT[STATUS_COLORS[status]] }} />
                </Box>
                <Typography component="span" sx={{ fontVariantNumeric: "tabular-nums", fontWeight: 600, minWidth: 24, textAlign: "right" }}>
                  {count}
                </Typography>
              </ListItemButton>
            </ListItem>
          )
        })}
      </List>
    </Section>
  )
}

/** The 30 days' revenue day by day: the revenue report over the tile's own period. */
function RevenueChart({ tile, handle }: { tile: Tile; handle: string | null }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const read = useRead(() => readReport({ report: "revenue", from: tile.from, to: tile.to, group_by: "day", merchant_handle: handle }), [tile.from, tile.to, handle])
  const rows = (read.data?.rows ?? []).map((row) => ({ label: shortLabel(row.label), net_fen: num(row.net_fen) }))
  return (
    <Section
      title={translate("resources.dashboard.revenue_chart")}
      action={
        <Button component={Link} to={reportLink("revenue", tile)} size="small" endIcon={<ChevronRightIcon />}>
          {translate("resources.dashboard.open_report")}
        </Button>
      }
    >
      {read.error ? <Alert severity="error">{translate(read.error)}</Alert> : null}
      <Box sx={{ width: "100%", height: 240, overflow: "hidden" }} role="img" aria-label={`${translate("resources.dashboard.revenue_30")}: ${formatFen(num(tile.net_fen), locale)}`}>
        {read.data ? (
          <ResponsiveContainer>
            <AreaChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={24} />
              <YAxis tick={{ fontSize: 12 }} width={64} tickFormatter={(value: number) => formatFigure("x_fen", value, locale)} />
              <Tooltip formatter={(value) => [formatFigure("x_fen", value, locale), translate("resources.reports.columns.net_fen")]} />
              <Area type="monotone" dataKey="net_fen" stroke="#1f6f5c" fill="#1f6f5c" fillOpacity={0.15} isAnimationActive={false} />
            </AreaChart>
          </ResponsiveContainer>
        ) : null}
      </Box>
    </Section>
  )
}

/** The visible reviews' average rating week by week (12 weeks); weeks without reviews leave a gap. */
function RatingTrend({ weeks }: { weeks: DashboardData["rating_trend"] }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { permissions } = usePermissions<Staff>()
  const reviews = weeks.reduce((sum, week) => sum + week.reviews, 0)
  const rated = weeks.filter((week) => week.average_rating !== null)
  const average = reviews ? weeks.reduce((sum, week) => sum + (week.average_rating ?? 0) * week.reviews, 0) / reviews : null
  const rows = weeks.map((week) => ({ ...week, label: shortLabel(week.week) }))
  return (
    <Section
      title={translate("resources.dashboard.rating_trend")}
      action={
        can(permissions, "reviews") ? (
          <Button component={Link} to="/reviews" size="small" endIcon={<ChevronRightIcon />}>
            {translate("resources.reviews.name")}
          </Button>
        ) : average !== null ? (
          <Typography variant="body2" color="text.secondary">
            {translate("resources.dashboard.rating_average")} {new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(average)} · {translate("resources.dashboard.reviews", { smart_count: reviews })}
          </Typography>
        ) : null
      }
    >
      {rated.length === 0 ? (
        <Typography color="text.secondary" variant="body2">
          {translate("resources.dashboard.rating_none")}
        </Typography>
      ) : (
        <Box sx={{ width: "100%", height: 200, overflow: "hidden" }} role="img" aria-label={translate("resources.dashboard.rating_trend")}>
          <ResponsiveContainer>
            <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
              <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 12 }} width={32} />
              <Tooltip
                labelFormatter={(label) => translate("resources.dashboard.week_of", { date: String(label) })}
                formatter={(value, _key, item) => [`${value} · ${translate("resources.dashboard.reviews", { smart_count: (item.payload as { reviews: number }).reviews })}`, translate("resources.dashboard.rating_average")]}
              />
              <Line type="monotone" dataKey="average_rating" stroke="#d9822b" strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </Box>
      )}
    </Section>
  )
}

/** The screens each role starts from, in the menu's order. */
const START: Array<{ screen: Screen; to: string }> = [
  { screen: "appointments", to: "/appointments" },
  { screen: "tickets", to: "/tickets" },
  { screen: "beautician-applications", to: "/beautician-applications" },
  { screen: "studio-services", to: "/studio-services" },
  { screen: "reviews", to: "/reviews" },
  { screen: "settings", to: "/settings" },
  { screen: "earnings", to: "/earnings" },
]

/** Roles without the figures (studio staff, support) start here: a welcome and their screens, never a refusal. */
function Welcome({ permissions }: { permissions: Staff }) {
  const translate = useTranslate()
  const { identity } = useGetIdentity()
  const screens = START.filter(({ screen }) => can(permissions, screen))
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: 640 }}>
      <Title title={translate("resources.dashboard.name")} />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate("resources.dashboard.welcome", { name: identity?.fullName ?? "" })}
          </Typography>
          <Typography color="text.secondary">
            {screens.length
              ? translate("resources.dashboard.welcome_hint", { role: translate(`doorstep.roles.${permissions.role}`) })
              : translate("resources.dashboard.welcome_none")}
          </Typography>
          <List>
            {screens.map(({ screen, to }) => (
              <ListItem key={screen} disablePadding>
                <ListItemButton component={Link} to={to}>
                  <ListItemText primary={translate(`resources.${screen}.name`, { smart_count: 2 })} />
                  <ChevronRightIcon color="action" />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </CardContent>
      </Card>
    </Box>
  )
}
