import { Box, Divider, Grid, LinearProgress, List as MuiList, ListItem, ListItemText, Stack, Typography } from "@mui/material"
import type { ReactNode } from "react"
import { Show, TopToolbar, useLocaleState, usePermissions, useRecordContext, useTranslate } from "react-admin"
import type { Schemas } from "../api"
import { ActionDialog } from "../common/action-dialog"
import { Line as LineOf, Section as SectionOf, StatusChip, formatTime } from "../common/fields"
import { DispatchLog } from "../dispatch/dispatch-log"
import { formatFen } from "../money"
import { can, type Staff } from "../roles"
import { STATUS_COLORS } from "./appointment-list"

type Appointment = Schemas["StaffAppointment"]
const T = "resources.appointments"

/** react-admin shows the list's row while the appointment itself loads: wait for the whole record. */
const whole = (record: Appointment | undefined): record is Appointment => Boolean(record && "actions" in record && record.address)

const Section = ({ title, children }: { title: string; children: ReactNode }) => <SectionOf title={`${T}.sections.${title}`}>{children}</SectionOf>

const Line = ({ label, children }: { label: string; children: ReactNode }) => <LineOf label={`${T}.labels.${label}`}>{children}</LineOf>

/** "staff", "the customer"…: who did it, as a reader of the record needs to know. */
function useActor() {
  const translate = useTranslate()
  return (actor: string) => translate(`${T}.actors.${actor.split(":")[0]}`, { _: actor })
}

/** What staff may do now: cancel (the policy's fee, or waived), move, refund; each asks why. */
function Actions() {
  const record = useRecordContext<Appointment>()
  const { permissions } = usePermissions<Staff>()
  const [locale] = useLocaleState()
  if (!whole(record)) return null
  const reason = { name: "reason", label: `${T}.actions.reason`, required: true, minLength: 2, multiline: true }
  const { actions } = record
  return (
    <TopToolbar sx={{ gap: 1, flexWrap: "wrap" }}>
      {actions.reschedule && can(permissions, "appointments", "reschedule") ? (
        <ActionDialog
          resource="appointments"
          action="reschedule"
          id={record.id}
          label={`${T}.actions.reschedule`}
          title={`${T}.actions.reschedule_title`}
          body={{}}
          fields={[{ name: "start", label: `${T}.actions.start`, required: true, type: "datetime-local" }, reason]}
          done={`${T}.actions.moved`}
        />
      ) : null}
      {actions.refundable_fen > 0 && can(permissions, "appointments", "refund") ? (
        <ActionDialog
          resource="appointments"
          action="refund"
          id={record.id}
          label={`${T}.actions.refund`}
          color="warning"
          title={`${T}.actions.refund_title`}
          description={`${T}.actions.refund_hint`}
          descriptionArgs={{ max: formatFen(actions.refundable_fen, locale) }}
          body={{}}
          fields={[{ name: "amount_fen", label: `${T}.actions.amount`, required: true, type: "yuan" }, reason]}
          done={`${T}.actions.refunded`}
        />
      ) : null}
      {actions.cancel && can(permissions, "appointments", "cancel") ? (
        <ActionDialog
          resource="appointments"
          action="cancel"
          id={record.id}
          label={`${T}.actions.cancel`}
          color="error"
          title={`${T}.actions.cancel_title`}
          description={`${T}.actions.cancel_hint`}
          descriptionArgs={{ fee: formatFen(actions.cancellation_quote.fee_fen, locale) }}
          body={{}}
          fields={[reason, { name: "waive_fee", label: `${T}.actions.waive`, type: "checkbox" }]}
          done={`${T}.actions.cancelled`}
        />
      ) : null}
    </TopToolbar>
  )
}

function Details() {
  const record = useRecordContext<Appointment>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const actor = useActor()
  if (!whole(record)) return <LinearProgress sx={{ m: 3 }} aria-label={translate("ra.page.loading")} />
  const money = (fen: number | null | undefined) => formatFen(fen, locale)
  const photos = (urls: unknown) => (Array.isArray(urls) ? (urls as string[]) : [])
  const record_ = record.service_record as { notes?: string; products_used?: string[]; photos_before?: string[]; photos_after?: string[] } | null
  return (
    <Box sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap", mb: 3 }}>
        <Typography variant="h5" component="h1">
          {record.service ?? "—"}
        </Typography>
        <StatusChip resource="appointments" source="status" colors={STATUS_COLORS} />
      </Stack>
      <Grid container spacing={4}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section title="visit">
            <Line label="beautician">{record.beautician.display_name ?? "—"}</Line>
            <Line label="time">{formatTime(record.start, locale)} – {formatTime(record.end, locale)}</Line>
          </Section>
          <Section title="customer">
            <Line label="name">{record.customer.name ?? "—"}</Line>
            <Line label="phone">{record.customer.phone ? <a href={`tel:${record.customer.phone}`}>{record.customer.phone}</a> : "—"}</Line>
            <Line label="address">{[record.address.city, record.address.district, record.address.line1].filter(Boolean).join(" ")}</Line>
            {record.address.notes ? <Line label="notes">{record.address.notes}</Line> : null}
          </Section>
          <Section title="money">
            <Line label="paid">
              {money(record.payment.paid_fen)} · {translate(`${T}.payment.${record.payment.status}`)}
            </Line>
            {record.payment.balance_due_fen ? <Line label="balance_due">{money(record.payment.balance_due_fen)}</Line> : null}
            {record.payment.cancellation_fee_fen ? <Line label="fee">{money(record.payment.cancellation_fee_fen)}</Line> : null}
            {record.payment.refund_fen ? <Line label="refunded">{money(record.payment.refund_fen)}</Line> : null}
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section title="timeline">
            <MuiList dense disablePadding>
              {record.timeline.map((step) => (
                <ListItem key={`${step.at}-${step.status}`} disableGutters>
                  <ListItemText primary={translate(`${T}.status.${step.status}`, { _: step.status })} secondary={`${formatTime(step.at, locale)} · ${actor(step.actor)}`} />
                </ListItem>
              ))}
            </MuiList>
          </Section>
          <Section title="dispatch">
            <DispatchLog appointmentId={record.id} studio={record.beautician.merchant_handle} names={record.beautician.display_name ? { [record.beautician.id]: record.beautician.display_name } : {}} />
          </Section>
          <Section title="changes">
            {record.changes.length === 0 ? (
              <Typography color="text.secondary">{translate(`${T}.labels.no_changes`)}</Typography>
            ) : (
              <MuiList dense disablePadding>
                {record.changes.map((change) => (
                  <ListItem key={change.at + change.kind} disableGutters>
                    <ListItemText
                      primary={`${translate(`${T}.changes.${change.kind}`)}${change.kind === "refunded" ? ` ${money(change.details.amount_fen as number)}` : ""}${change.kind === "rescheduled" ? ` → ${formatTime(change.details.to as string, locale)}` : ""}`}
                      secondary={`${change.reason ?? ""} · ${formatTime(change.at, locale)} · ${actor(change.actor)}`}
                    />
                  </ListItem>
                ))}
              </MuiList>
            )}
          </Section>
        </Grid>
      </Grid>
      <Divider sx={{ my: 2 }} />
      <Section title="record">
        {record_ ? (
          <>
            {record_.notes ? <Typography sx={{ whiteSpace: "pre-wrap", mb: 1 }}>{record_.notes}</Typography> : null}
            {record_.products_used?.length ? <Line label="products">{record_.products_used.join("、")}</Line> : null}
            {(["photos_before", "photos_after"] as const).map((kind) =>
              photos(record_[kind]).length ? (
                <Box key={kind} sx={{ mt: 1 }}>
                  <Typography variant="body2" color="text.secondary">
                    {translate(`${T}.labels.${kind === "photos_before" ? "before" : "after"}`)}
                  </Typography>
                  <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap" }}>
                    {photos(record_[kind]).map((url) => (
                      <a key={url} href={url} target="_blank" rel="noreferrer">
                        <Box component="img" src={url} alt="" sx={{ width: 96, height: 96, objectFit: "cover", borderRadius: 1 }} />
                      </a>
                    ))}
                  </Stack>
                </Box>
              ) : null,
            )}
          </>
        ) : (
          <Typography color="text.secondary">{translate(`${T}.labels.no_record`)}</Typography>
        )}
      </Section>
    </Box>
  )
}

export function AppointmentShow() {
  return (
    <Show actions={<Actions />}>
      <Details />
    </Show>
  )
}
