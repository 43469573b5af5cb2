import { Alert, Box, Button, Checkbox, FormControlLabel, Paper, Stack, TextField as MuiTextField, Typography } from "@mui/material"
import { useState } from "react"
import { Show, SimpleShowLayout, TextField, TopToolbar, useDataProvider, useLocaleState, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from "react-admin"
import type { ApiError, Schemas } from "../api"
import { ActionDialog } from "../common/action-dialog"
import { StatusChip, TimeField, formatTime } from "../common/fields"
import type { DoorstepDataProvider } from "../data-provider"
import { can, type Staff } from "../roles"
import { STATUS_COLORS } from "./ticket-list"

type Thread = Schemas["TicketThread"]

function Thread() {
  const record = useRecordContext<Thread>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  if (!record) return null
  return (
    <Stack spacing={1} sx={{ width: "100%" }} component="ol" aria-label={translate("resources.tickets.thread")} style={{ listStyle: "none", padding: 0 }}>
      {(record.messages ?? []).map((m) => (
        <Paper
          component="li"
          key={m.id}
          variant="outlined"
          sx={{ p: 1.5, ml: m.author_type === "staff" ? { xs: 2, sm: 8 } : 0, mr: m.author_type === "staff" ? 0 : { xs: 2, sm: 8 }, bgcolor: m.internal ? "warning.50" : m.author_type === "staff" ? "primary.50" : undefined, borderStyle: m.internal ? "dashed" : "solid" }}
        >
          <Typography variant="caption" color="text.secondary">
            {translate(`resources.tickets.authors.${m.internal ? "internal" : m.author_type}`)} · {formatTime(m.created_at, locale)}
          </Typography>
          <Typography sx={{ whiteSpace: "pre-wrap" }}>{m.body}</Typography>
          {m.photos?.length ? (
            <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: "wrap" }}>
              {m.photos.map((url) => (
                <a key={url} href={url} target="_blank" rel="noreferrer">
                  <Box component="img" src={url} alt="" sx={{ width: 96, height: 96, objectFit: "cover", borderRadius: 1 }} />
                </a>
              ))}
            </Stack>
          ) : null}
        </Paper>
      ))}
    </Stack>
  )
}

/** Answer the customer (their turn next), or leave a note only staff see. */
function Reply() {
  const record = useRecordContext<Thread>()
  const translate = useTranslate()
  const dataProvider = useDataProvider<DoorstepDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const [body, setBody] = useState("")
  const [internal, setInternal] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (!record || record.status === "closed") return null
  const send = async () => {
    setBusy(true)
    setError(null)
    try {
      await dataProvider.act("tickets", "reply", record.id, { body: body.trim(), ...(internal ? { internal: true } : {}) })
      setBody("")
      notify(internal ? "resources.tickets.noted" : "resources.tickets.sent", { type: "success" })
      refresh()
    } catch (e) {
      setError((e as ApiError).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Stack spacing={1} sx={{ width: "100%", mt: 2 }}>
      <MuiTextField multiline minRows={3} label={translate(internal ? "resources.tickets.note" : "resources.tickets.reply")} value={body} onChange={(e) => setBody(e.target.value)} fullWidth />
      <Stack direction="row" spacing={2} sx={{ flexWrap: "wrap", alignItems: "center" }}>
        <FormControlLabel control={<Checkbox checked={internal} onChange={(e) => setInternal(e.target.checked)} />} label={translate("resources.tickets.internal")} />
        <Button variant="contained" onClick={send} disabled={busy || body.trim().length < 2} sx={{ minHeight: 44 }}>
          {translate(internal ? "resources.tickets.save_note" : "resources.tickets.send")}
        </Button>
      </Stack>
      {error ? <Alert severity="error">{translate(error)}</Alert> : null}
    </Stack>
  )
}

function Settle() {
  const record = useRecordContext<Thread>()
  const { permissions } = usePermissions<Staff>()
  if (!record || !can(permissions, "tickets", "settle")) return null
  const common = { resource: "tickets", action: "status", id: record.id, done: "resources.tickets.settled" }
  return (
    <TopToolbar sx={{ gap: 1 }}>
      {record.status === "open" || record.status === "awaiting_customer" ? <ActionDialog {...common} label="resources.tickets.actions.resolve" color="success" title="resources.tickets.actions.resolve_title" description="resources.tickets.actions.resolve_hint" body={{ status: "resolved" }} /> : null}
      {record.status !== "closed" ? <ActionDialog {...common} label="resources.tickets.actions.close" title="resources.tickets.actions.close_title" body={{ status: "closed" }} /> : null}
    </TopToolbar>
  )
}

export function TicketShow() {
  return (
    <Show actions={<Settle />}>
      <SimpleShowLayout>
        <TextField source="subject" />
        <StatusChip resource="tickets" source="status" colors={STATUS_COLORS} />
        <TextField source="merchant_handle" emptyText="—" />
        <TextField source="appointment_id" emptyText="—" />
        <TimeField source="created_at" />
        <Thread />
        <Reply />
      </SimpleShowLayout>
    </Show>
  )
}
