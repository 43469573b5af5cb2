import CalendarMonthIcon from "@mui/icons-material/CalendarMonth"
import { Alert, Box, Button, Chip, Grid, List as MuiList, ListItem, ListItemText, Stack, Tab, Tabs, Typography } from "@mui/material"
import { DateTime } from "luxon"
import { useState, type ReactNode } from "react"
import { Show, TopToolbar, useLocaleState, usePermissions, useRecordContext, useTranslate } from "react-admin"
import { Link } from "react-router-dom"
import { ActionDialog } from "../common/action-dialog"
import { Section as SectionOf, StatusChip } from "../common/fields"
import { useStudioHandle } from "../layout/studio-picker"
import { can, type Staff } from "../roles"
import { SkillChips, TodayLoad } from "./beautician-fields"
import { DateOverrides } from "./date-overrides"
import { PerformancePanel } from "./performance-panel"
import { TimeOffPanel } from "./time-off"
import { STATUS_COLORS, type Beautician } from "./types"
import { WorkingHours } from "./working-hours"

const T = "resources.beauticians"

const Section = ({ title, children }: { title: string; children: ReactNode }) => <SectionOf title={`${T}.sections.${title}`}>{children}</SectionOf>

/** Their day and week on the calendar; suspending and reinstating, with a reason, for the manager. */
function Actions() {
  const record = useRecordContext<Beautician>()
  const { permissions } = usePermissions<Staff>()
  const translate = useTranslate()
  const [redispatched, setRedispatched] = useState<number | null>(null)
  if (!record) return null
  const reason = { name: "reason", label: `${T}.actions.reason`, required: true, multiline: true, minLength: 2 }
  const status = { resource: "beauticians", action: "status", id: record.id, done: `${T}.actions.done`, fields: [reason] }
  const mayChange = can(permissions, "beauticians", "status")
  return (
    <TopToolbar sx={{ gap: 1, flexWrap: "wrap" }}>
      {can(permissions, "calendar") ? (
        <Button component={Link} to={`/appointments/calendar?beautician=${encodeURIComponent(record.id)}&view=week`} startIcon={<CalendarMonthIcon />} variant="outlined" sx={{ minHeight: 44 }}>
          {translate(`${T}.actions.calendar`)}
        </Button>
      ) : null}
      {mayChange && record.status === "active" ? (
        <ActionDialog
          {...status}
          label={`${T}.actions.suspend`}
          color="error"
          title={`${T}.actions.suspend_title`}
          description={`${T}.actions.suspend_hint`}
          body={{ status: "suspended" }}
          onDone={(answer) => setRedispatched(((answer.redispatched_jobs as unknown[]) ?? []).length)}
        />
      ) : null}
      {mayChange && record.status === "suspended" ? (
        <ActionDialog {...status} label={`${T}.actions.reinstate`} color="success" title={`${T}.actions.reinstate_title`} description={`${T}.actions.reinstate_hint`} body={{ status: "active" }} />
      ) : null}
      {redispatched !== null ? <Alert severity="info">{translate(`${T}.actions.redispatched`, { smart_count: redispatched })}</Alert> : null}
    </TopToolbar>
  )
}

function Profile({ record }: { record: Beautician }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const date = (iso: string) => DateTime.fromISO(iso, { setZone: true }).setLocale(locale).toLocaleString(DateTime.DATE_MED)
  return (
    <Grid container spacing={4}>
      <Grid size={{ xs: 12, md: 5 }}>
        <Section title="skills">
          <SkillChips max={50} />
        </Section>
        <Section title="certifications">
          {record.certifications.length === 0 ? (
            <Typography color="text.secondary">{translate(`${T}.labels.none_certifications`)}</Typography>
          ) : (
            <MuiList dense disablePadding>
              {record.certifications.map((c) => (
                <ListItem key={c.id} disableGutters>
                  <ListItemText
                    primary={
                      <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
                        <span>{c.title ?? c.skill}</span>
                        {c.status === "expired" ? <Chip size="small" label={translate(`${T}.labels.expired`)} /> : null}
                      </Stack>
                    }
                    secondary={`${translate(`${T}.labels.score`, { score: c.score })} · ${translate(`${T}.labels.expires`, { date: date(c.expires_at) })}`}
                  />
                </ListItem>
              ))}
            </MuiList>
          )}
        </Section>
        <Section title="today">
          <TodayLoad />
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <Section title="performance">
          <PerformanceOf record={record} />
        </Section>
      </Grid>
    </Grid>
  )
}

function PerformanceOf({ record }: { record: Beautician }) {
  const handle = useStudioHandle()
  return handle ? <PerformancePanel handle={handle} beauticianId={record.id} /> : null
}

function Schedule({ record }: { record: Beautician }) {
  const { permissions } = usePermissions<Staff>()
  const editable = can(permissions, "beauticians", "schedule")
  return (
    <Grid container spacing={4}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title="weekly">
          <WorkingHours beauticianId={record.id} editable={editable} />
        </Section>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title="time_off">
          <TimeOffPanel beauticianId={record.id} editable={editable} />
        </Section>
        <Section title="overrides">
          <DateOverrides beauticianId={record.id} editable={editable} />
        </Section>
      </Grid>
    </Grid>
  )
}

function Details() {
  const record = useRecordContext<Beautician>()
  const translate = useTranslate()
  const [tab, setTab] = useState(0)
  if (!record) return null
  const facts = [record.district, record.years_experience ? translate(`${T}.list.years`, { smart_count: record.years_experience }) : null].filter(Boolean).join(" · ")
  return (
    <Box sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap", mb: 1 }}>
        <Typography variant="h5" component="h1">
          {record.display_name}
        </Typography>
        <StatusChip resource="beauticians" source="status" colors={STATUS_COLORS} />
      </Stack>
      {facts ? <Typography color="text.secondary">{facts}</Typography> : null}
      <Tabs value={tab} onChange={(_, value: number) => setTab(value)} variant="scrollable" allowScrollButtonsMobile sx={{ mt: 2, mb: 3, borderBottom: 1, borderColor: "divider" }}>
        <Tab label={translate(`${T}.tabs.profile`)} id="beautician-tab-0" />
        <Tab label={translate(`${T}.tabs.schedule`)} id="beautician-tab-1" />
      </Tabs>
      <Box role="tabpanel" aria-labelledby={`beautician-tab-${tab}`}>
        {tab === 0 ? <Profile record={record} /> : <Schedule record={record} />}
      </Box>
    </Box>
  )
}

export function BeauticianShow() {
  return (
    <Show actions={<Actions />}>
      <Details />
    </Show>
  )
}
