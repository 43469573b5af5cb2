import { Box, Card, CardContent, Chip, Divider, Link, List, ListItem, Stack, Typography } from "@mui/material"
import { useLocaleState, usePermissions, useTranslate } from "react-admin"
import { Link as RouterLink } from "react-router-dom"
import { can, type Staff } from "../roles"
import { AssignButton } from "./assign-dialog"
import { clock, day, inLocale, useCountdown, type QueuedJob } from "./board-data"

const T = "resources.dispatch"

const REASON_COLORS = { unassigned: "warning", late: "error", offer_expiring: "warning", beautician_suspended: "error" } as const

/** Who has the live offer and how long it has left, ticking. */
function LiveOffer({ offer }: { offer: NonNullable<QueuedJob["offer"]> }) {
  const translate = useTranslate()
  const left = useCountdown(offer.status === "pending" ? offer.expires_at : null)
  const name = offer.display_name ?? "—"
  if (offer.status === "accepted") return <Typography variant="body2">{translate(`${T}.job.offer_accepted`, { name })}</Typography>
  return (
    <Typography variant="body2">
      {translate(`${T}.job.offer`, { name })} ·{" "}
      <Box component="span" role="timer" sx={{ fontVariantNumeric: "tabular-nums", fontWeight: 600, color: "warning.dark" }}>
        {left ? translate(`${T}.job.expires_in`, { time: left }) : translate(`${T}.job.expired`)}
      </Box>
    </Typography>
  )
}

/**
 * One job of the queue: when, what, where and why it is here; the live
 * offer; and the beauticians who could take it, each with an assign button.
 */
export function JobCard({ job, index, onAssigned }: { job: QueuedJob; index: number; onAssigned: () => void }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { permissions } = usePermissions<Staff>()
  const { appointment } = job
  const service = appointment.service ?? "—"
  const district = appointment.district ?? "—"
  const time = `${day(appointment.start, locale)} ${clock(appointment.start, locale)}–${clock(appointment.end, locale)}`
  const unassigned = appointment.status === "confirmed"
  const mayAssign = can(permissions, "dispatch", "assign")
  const titleId = `job-${appointment.id}`
  return (
    <Card component="article" variant="outlined" aria-labelledby={titleId} data-appointment={appointment.id}>
      <CardContent sx={{ p: { xs: 1.5, sm: 2 }, "&:last-child": { pb: { xs: 1.5, sm: 2 } } }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: "flex-start" }}>
          <Box aria-hidden sx={{ flexShrink: 0, width: 28, height: 28, borderRadius: "50%", bgcolor: "primary.main", color: "primary.contrastText", display: "grid", placeItems: "center", fontSize: 14, fontWeight: 600, mt: 0.25 }}>
            {index}
          </Box>
          <Box sx={{ minWidth: 0, flex: 1 }}>
            <Typography id={titleId} variant="subtitle1" component="h2" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
              {time} · {service}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {[appointment.city, district].filter(Boolean).join(" ")}
              {/* A job nobody has taken says so in its chip; one under way says where it stands and with whom. */}
              {unassigned ? "" : ` · ${translate(`${T}.status.${appointment.status}`, { _: appointment.status })}`}
              {!unassigned && appointment.beautician.display_name ? ` · ${translate(`${T}.job.with`, { name: appointment.beautician.display_name })}` : ""}
            </Typography>
            <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.75, mt: 1 }}>
              {job.reasons.map((reason) => (
                <Chip key={reason.code} size="small" color={REASON_COLORS[reason.code]} label={translate(`${T}.reasons.${reason.code}`)} title={inLocale(reason.message, locale)} />
              ))}
            </Stack>
            {job.reasons.some((r) => r.code === "late") ? (
              <Typography variant="body2" sx={{ mt: 0.5, color: "error.main" }}>
                {job.reasons.filter((r) => r.code === "late").map((r) => inLocale(r.message, locale))}
              </Typography>
            ) : null}
            <Box sx={{ mt: 1 }}>{job.offer ? <LiveOffer offer={job.offer} /> : <Typography variant="body2" color="text.secondary">{translate(`${T}.job.no_offer`)}</Typography>}</Box>
          </Box>
          <Link component={RouterLink} to={`/appointments/${encodeURIComponent(appointment.id)}/show`} variant="body2" sx={{ flexShrink: 0, py: 1 }}>
            {translate(`${T}.job.open`)}
          </Link>
        </Stack>
        {appointment.status === "confirmed" || appointment.status === "assigned" ? (
          <>
            <Divider sx={{ my: 1.5 }} />
            <Typography variant="body2" component="h3" sx={{ fontWeight: 600, mb: 0.5 }}>
              {translate(`${T}.job.candidates`)}
            </Typography>
            {job.candidates.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                {translate(`${T}.job.no_candidates`)}
              </Typography>
            ) : (
              <List dense disablePadding aria-label={translate(`${T}.job.candidates`)}>
                {job.candidates.map((candidate) => {
                  const name = candidate.display_name ?? "—"
                  return (
                    <ListItem key={candidate.beautician_id} disableGutters sx={{ gap: 1, py: 0.5 }}>
                      <Box sx={{ flex: 1, minWidth: 0 }}>
                        <Typography variant="body2" component="div" sx={{ fontWeight: 500 }}>
                          {name}
                          {candidate.asked_before ? <Chip size="small" variant="outlined" label={translate(`${T}.job.asked.${candidate.asked_before}`)} sx={{ ml: 1, height: 20 }} /> : null}
                        </Typography>
                        <Typography variant="caption" color="text.secondary">
                          {translate(`${T}.job.travel`, { minutes: candidate.travel_minutes })} · {translate(`${T}.job.load`, { smart_count: candidate.jobs_today })}
                        </Typography>
                      </Box>
                      {mayAssign ? (
                        <AssignButton appointmentId={appointment.id} beautician={{ id: candidate.beautician_id, name }} job={{ service, time, district }} reassign={!unassigned} onDone={onAssigned} />
                      ) : null}
                    </ListItem>
                  )
                })}
              </List>
            )}
          </>
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate(`${T}.job.under_way`)}
          </Typography>
        )}
      </CardContent>
    </Card>
  )
}
