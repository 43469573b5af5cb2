import { Alert, Box, Card, Chip, FormControlLabel, LinearProgress, MenuItem, Stack, Switch, TextField, Typography, useMediaQuery, type Theme } from "@mui/material"
import { DateTime, Settings } from "luxon"
import { useEffect, useMemo, useRef } from "react"
import { Calendar, luxonLocalizer, Views, type View } from "react-big-calendar"
import "react-big-calendar/lib/css/react-big-calendar.css"
import { Title, useGetList, useLocaleState, useTranslate } from "react-admin"
import { useNavigate, useSearchParams } from "react-router-dom"
import type { Beautician } from "../beauticians/types"
import { NeedsStudio, useStudioHandle } from "../layout/studio-picker"
import { CALENDAR_COLORS, SHOWN_STATUSES } from "./status-colors"
import { useAppointmentsIn, type Row } from "./use-appointments"
import { ViewSwitch } from "./view-switch"

/** The platform's zone: the calendar's days and hours are Shanghai's whatever the viewer's machine says. */
const ZONE = "Asia/Shanghai"
const C = "resources.calendar"

interface CalendarEvent {
  id: string
  title: string
  start: Date
  end: Date
  resourceId: string
  row: Row
}

/** The local dates a view shows: one day, or the Monday-to-Sunday week around it. */
function rangeOf(view: View, date: string) {
  const day = DateTime.fromISO(date, { zone: ZONE })
  if (view === Views.WEEK) return { from: day.startOf("week").toISODate()!, to: day.endOf("week").toISODate()! }
  return { from: date, to: date }
}

/** Luxon's default zone is the platform's while the calendar is open (the localizer reads dates in it). */
function useShanghaiLocalizer() {
  const localizer = useMemo(() => {
    Settings.defaultZone = ZONE
    return luxonLocalizer(DateTime, { firstDayOfWeek: 1 })
  }, [])
  useEffect(
    () => () => {
      Settings.defaultZone = "system"
    },
    [],
  )
  return localizer
}

function Legend() {
  const translate = useTranslate()
  return (
    <Stack direction="row" component="ul" aria-label={translate(`${C}.legend`)} sx={{ flexWrap: "wrap", gap: 0.75, listStyle: "none", p: 0, m: 0 }}>
      {SHOWN_STATUSES.map((status) => (
        <li key={status}>
          <Chip size="small" label={translate(`resources.appointments.status.${status}`)} sx={{ bgcolor: CALENDAR_COLORS[status], color: "#fff" }} />
        </li>
      ))}
    </Stack>
  )
}

/** One appointment in its slot: the service and the customer (the time is the calendar's own label). */
function EventLabel({ event }: { event: CalendarEvent }) {
  return (
    <span data-appointment={event.id}>
      <strong>{event.row.service ?? "—"}</strong>
      {event.row.customer.name ? ` · ${event.row.customer.name}` : ""}
    </span>
  )
}

function StudioCalendar() {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const navigate = useNavigate()
  const studio = useStudioHandle()
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"))
  const localizer = useShanghaiLocalizer()
  const [params, setParams] = useSearchParams()
  const grid = useRef<HTMLDivElement>(null)
  useEffect(() => {
    // The hours scroll: reachable by keyboard even on a day without appointments to tab to.
    grid.current?.querySelectorAll<HTMLElement>(".rbc-time-content").forEach((hours) => {
      hours.tabIndex = 0
      hours.setAttribute("aria-label", translate(`${C}.hours`))
    })
    // Appointments are never all-day: the calendar's all-day row is hidden, and its half-made grid roles (a row outside a grid) go with it.
    grid.current?.querySelectorAll(".rbc-allday-cell, .rbc-allday-cell [role]").forEach((cell) => cell.removeAttribute("role"))
    // The week's day headings are buttons whose text claims to be a column header outside any grid: plain text is what they say.
    grid.current?.querySelectorAll(".rbc-header .rbc-button-link [role=columnheader]").forEach((heading) => (heading.removeAttribute("role"), heading.removeAttribute("aria-sort")))
  })

  const { data: staff, isPending: staffLoading, error: staffError } = useGetList<Beautician>("beauticians", { pagination: { page: 1, perPage: 100 }, sort: { field: "display_name", order: "ASC" }, filter: {} })
  // Those who can be booked or were (a pending applicant has no jobs).
  const beauticians = useMemo(() => (staff ?? []).filter((b) => b.status !== "pending"), [staff])

  const today = DateTime.now().setZone(ZONE).toISODate()!
  const date = params.get("date") ?? today
  const chosen = params.get("beautician") || null
  const showCancelled = params.get("cancelled") === "1"
  // A phone shows one beautician's day; the week always shows one beautician.
  const wanted: View = params.get("view") === "week" && !isSmall ? Views.WEEK : Views.DAY
  const one = chosen ?? (isSmall || wanted === Views.WEEK ? (beauticians[0]?.id ?? null) : null)
  const view: View = wanted === Views.WEEK && one ? Views.WEEK : Views.DAY
  const { from, to } = rangeOf(view, date)

  const change = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams(params)
    for (const [key, value] of Object.entries(next)) if (value) merged.set(key, value)
    else merged.delete(key)
    setParams(merged, { replace: true })
  }

  const statuses = showCancelled ? [...SHOWN_STATUSES, "cancelled"] : SHOWN_STATUSES
  const { rows, loading, error } = useAppointmentsIn({ from, to, beauticianId: one, statuses, studio })
  const events: CalendarEvent[] = rows.map((row) => ({ id: row.id, title: `${row.service ?? ""} ${row.customer.name ?? ""}`, start: new Date(row.start), end: new Date(row.end), resourceId: row.beautician.id, row }))
  const resources = (one ? beauticians.filter((b) => b.id === one) : beauticians).map((b) => ({ id: b.id, title: b.display_name }))
  // Someone with jobs but no longer listed still gets a column.
  for (const e of events) if (!resources.some((r) => r.id === e.resourceId)) resources.push({ id: e.resourceId, title: e.row.beautician.display_name ?? "—" })

  const messages = Object.fromEntries(["today", "previous", "next", "day", "week", "date", "time", "event", "noEventsInRange"].map((k) => [k, translate(`${C}.toolbar.${k}`)]))

  if (staffError) return <Alert severity="error">{translate((staffError as Error).message)}</Alert>
  return (
    <Box>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" }, mb: 2, flexWrap: "wrap" }}>
        <TextField
          select
          size="small"
          label={translate(`${C}.beautician`)}
          value={one ?? ""}
          onChange={(event) => change({ beautician: event.target.value || null, view: event.target.value ? params.get("view") : "day" })}
          sx={{ minWidth: 220 }}
          disabled={staffLoading}
        >
          {isSmall ? null : <MenuItem value="">{translate(`${C}.everyone`)}</MenuItem>}
          {beauticians.map((b) => (
            <MenuItem key={b.id} value={b.id}>
              {b.display_name}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel control={<Switch checked={showCancelled} onChange={(event) => change({ cancelled: event.target.checked ? "1" : null })} />} label={translate(`${C}.show_cancelled`)} />
        <Typography variant="body2" color="text.secondary" role="status">
          {loading ? translate(`${C}.loading`) : translate(`${C}.count`, { smart_count: rows.length })}
        </Typography>
      </Stack>
      <Box sx={{ mb: 2 }}>
        <Legend />
      </Box>
      {error ? <Alert severity="error" sx={{ mb: 2 }}>{translate(error)}</Alert> : null}
      {!staffLoading && beauticians.length === 0 && events.length === 0 ? <Alert severity="info" sx={{ mb: 2 }}>{translate(`${C}.no_beauticians`)}</Alert> : null}
      <Box sx={{ position: "relative" }}>
        {loading ? <LinearProgress aria-label={translate(`${C}.loading`)} sx={{ position: "absolute", top: 0, left: 0, right: 0, zIndex: 5 }} /> : null}
        <Box
          ref={grid}
          sx={{
            height: { xs: "70vh", sm: "75vh" },
            minHeight: 520,
            overflowX: "auto",
            // Its columns scroll inside it: the page never grows wider for a studio with many beauticians.
            contain: "inline-size",
            "& .rbc-calendar": { minWidth: view === Views.DAY && resources.length > 1 ? Math.max(resources.length * 140, 600) : 0 },
            "& .rbc-toolbar": { gap: 1, flexWrap: "wrap" },
            "& .rbc-btn-group": { whiteSpace: "normal" },
            "& .rbc-toolbar button": { minHeight: 44, px: 2, color: "text.primary" },
            "& .rbc-toolbar-label": { fontWeight: 600, fontSize: "1.05rem" },
            "& .rbc-event": { border: 0, borderRadius: 1, fontSize: "0.8rem" },
            "& .rbc-event-label": { fontSize: "0.75rem" },
            "& .rbc-header": { py: 1, fontWeight: 500 },
            "& .rbc-allday-cell": { display: "none" },
            "& .rbc-current-time-indicator": { bgcolor: "error.main" },
          }}
        >
          <Calendar<CalendarEvent, { id: string; title: string }>
            localizer={localizer}
            culture={locale === "en" ? "en" : "zh-CN"}
            messages={messages}
            formats={{
              dayHeaderFormat: (day: Date) => DateTime.fromJSDate(day).setZone(ZONE).setLocale(locale).toLocaleString(DateTime.DATE_HUGE),
              dayRangeHeaderFormat: ({ start, end }: { start: Date; end: Date }) =>
                `${DateTime.fromJSDate(start).setZone(ZONE).setLocale(locale).toLocaleString(DateTime.DATE_MED)} – ${DateTime.fromJSDate(end).setZone(ZONE).setLocale(locale).toLocaleString(DateTime.DATE_MED)}`,
            }}
            events={events}
            date={DateTime.fromISO(date, { zone: ZONE }).toJSDate()}
            view={view}
            views={isSmall || !one ? [Views.DAY] : [Views.DAY, Views.WEEK]}
            onView={(next) => change({ view: next })}
            onNavigate={(next) => change({ date: DateTime.fromJSDate(next).setZone(ZONE).toISODate() })}
            resources={view === Views.DAY ? resources : undefined}
            resourceIdAccessor="id"
            resourceTitleAccessor="title"
            scrollToTime={DateTime.fromISO(date, { zone: ZONE }).set({ hour: 8 }).toJSDate()}
            step={30}
            timeslots={2}
            components={{ event: EventLabel }}
            eventPropGetter={(event) => ({
              style: { backgroundColor: CALENDAR_COLORS[event.row.status] ?? "#6b7280", color: "#fff", textDecoration: event.row.status === "cancelled" ? "line-through" : undefined },
            })}
            tooltipAccessor={(event) => `${event.row.service ?? ""} · ${event.row.customer.name ?? ""} · ${translate(`resources.appointments.status.${event.row.status}`)}`}
            onSelectEvent={(event) => navigate(`/appointments/${encodeURIComponent(event.id)}/show`)}
          />
        </Box>
      </Box>
    </Box>
  )
}

/** The studio's appointments on a calendar: a day with a column per beautician, or one beautician's week; a click opens the appointment. */
export function AppointmentCalendar() {
  const translate = useTranslate()
  return (
    <Card sx={{ mt: { xs: 1, sm: 2 }, p: { xs: 1, sm: 2 }, minWidth: 0, maxWidth: "100%" }}>
      <Title title={translate(`${C}.title`)} />
      <Stack direction="row" sx={{ justifyContent: "flex-end", mb: 1 }}>
        <ViewSwitch value="calendar" />
      </Stack>
      <NeedsStudio>
        <StudioCalendar />
      </NeedsStudio>
    </Card>
  )
}
