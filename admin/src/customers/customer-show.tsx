import DeleteIcon from "@mui/icons-material/Delete"
import {
  Alert, Autocomplete, Box, Button, Card, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Grid, IconButton, LinearProgress, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from "@mui/material"
import { useState, type ReactNode } from "react"
import { Link as RouterLink } from "react-router-dom"
import { RecordContextProvider, Show, useDataProvider, useLocaleState, usePermissions, useRecordContext, useTranslate } from "react-admin"
import type { Schemas } from "../api"
import { StatusChip, formatTime } from "../common/fields"
import { useSend } from "../common/use-send"
import type { DoorstepDataProvider } from "../data-provider"
import { formatFen } from "../money"
import { can, type Staff } from "../roles"
import { STATUS_COLORS } from "../appointments/appointment-list"
import { SegmentsAndTags } from "./segments"

type Customer = Schemas["StudioCustomerDetail"]

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate()
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  )
}

function Figure({ label, value }: { label: string; value: string }) {
  const translate = useTranslate()
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="p">
        {translate(label)}
      </Typography>
      <Typography sx={{ fontVariantNumeric: "tabular-nums" }}>{value}</Typography>
    </Box>
  )
}

/** Who the customer is to the studio: phone (whole only while the studio may need to call), visits, spend, segments. */
function Figures({ customer }: { customer: Customer }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  return (
    <Section title="resources.customers.sections.figures">
      <Stack spacing={2}>
        <Box>
          <Typography variant="h5" component="p">
            {customer.name ?? "—"}
          </Typography>
          <Typography>{customer.phone ?? "—"}</Typography>
          {customer.phone_masked ? (
            <Typography variant="body2" color="text.secondary">
              {translate("resources.customers.phone_masked")}
            </Typography>
          ) : null}
        </Box>
        <Grid container spacing={2}>
          <Grid size={{ xs: 6, sm: 4, md: 2 }}>
            <Figure label="resources.customers.fields.visits" value={String(customer.visits)} />
          </Grid>
          <Grid size={{ xs: 6, sm: 4, md: 2 }}>
            <Figure label="resources.customers.fields.bookings" value={String(customer.bookings)} />
          </Grid>
          <Grid size={{ xs: 6, sm: 4, md: 2 }}>
            <Figure label="resources.customers.fields.spend_fen" value={formatFen(customer.spend_fen, locale)} />
          </Grid>
          <Grid size={{ xs: 6, sm: 6, md: 3 }}>
            <Figure label="resources.customers.fields.first_visit_at" value={formatTime(customer.first_visit_at, locale)} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <Figure label="resources.customers.fields.last_visit_at" value={formatTime(customer.last_visit_at, locale)} />
          </Grid>
        </Grid>
        <SegmentsAndTags segments={customer.segments} tags={[]} />
      </Stack>
    </Section>
  )
}

/** The studio's own tags: typed freely, saved all at once (the route replaces them). */
function Tags({ customer }: { customer: Customer }) {
  const translate = useTranslate()
  const dataProvider = useDataProvider<DoorstepDataProvider>()
  const { permissions } = usePermissions<Staff>()
  const [tags, setTags] = useState<string[]>(customer.tags)
  const { busy, error, send } = useSend()
  if (!can(permissions, "customers", "tags")) {
    return <Section title="resources.customers.sections.tags">{customer.tags.length ? <SegmentsAndTags segments={[]} tags={customer.tags} /> : translate("resources.customers.no_tags")}</Section>
  }
  const changed = JSON.stringify(tags) !== JSON.stringify(customer.tags)
  const save = () => send(() => dataProvider.act("customers", "tags", customer.id, { tags }), "resources.customers.tags_saved")
  return (
    <Section title="resources.customers.sections.tags">
      <Stack spacing={1}>
        <Autocomplete
          multiple
          freeSolo
          options={[] as string[]}
          value={tags}
          onChange={(_, value) => setTags([...new Set(value.map((t) => t.trim().slice(0, 20)).filter(Boolean))].slice(0, 20))}
          renderValue={(value, getItemProps) =>
            value.map((tag, index) => {
              // The getter's props carry a `key`, which React wants given directly.
              const { key, ...itemProps } = getItemProps({ index })
              return <Chip size="small" label={tag} key={key} {...itemProps} />
            })
          }
          renderInput={(params) => <TextField {...params} label={translate("resources.customers.fields.tags")} helperText={translate("resources.customers.tags_hint")} />}
        />
        <Button variant="outlined" onClick={save} disabled={busy || !changed} sx={{ minHeight: 44, alignSelf: "flex-start" }}>
          {translate("resources.customers.save_tags")}
        </Button>
        {error ? <Alert severity="error">{translate(error)}</Alert> : null}
      </Stack>
    </Section>
  )
}

/** A note's delete, asked twice: notes are the studio's memory of the customer. */
function DeleteNote({ customerId, noteId }: { customerId: string; noteId: string }) {
  const translate = useTranslate()
  const dataProvider = useDataProvider<DoorstepDataProvider>()
  const [open, setOpen] = useState(false)
  const { busy, error, send } = useSend()
  const remove = () => send(() => dataProvider.act("customers", "deleteNote", customerId, {}, { method: "DELETE", sub: noteId }), "resources.customers.note_deleted")
  return (
    <>
      <IconButton aria-label={translate("resources.customers.delete_note")} onClick={() => setOpen(true)} sx={{ width: 44, height: 44 }}>
        <DeleteIcon />
      </IconButton>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate("resources.customers.delete_note_title")}</DialogTitle>
        {error ? (
          <DialogContent>
            <Alert severity="error">{translate(error)}</Alert>
          </DialogContent>
        ) : null}
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate("ra.action.back")}</Button>
          <Button color="error" variant="contained" onClick={remove} disabled={busy}>
            {translate("resources.customers.delete_note")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  )
}

/** The studio's private notes, newest first: staff add them; a manager may delete one. */
function Notes({ customer }: { customer: Customer }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const dataProvider = useDataProvider<DoorstepDataProvider>()
  const { permissions } = usePermissions<Staff>()
  const [body, setBody] = useState("")
  const { busy, error, send } = useSend()
  const add = async () => {
    if (await send(() => dataProvider.act("customers", "note", customer.id, { body: body.trim() }), "resources.customers.note_added")) setBody("")
  }
  return (
    <Section title="resources.customers.sections.notes">
      <Stack spacing={1}>
        {customer.notes.length === 0 ? (
          <Typography color="text.secondary">{translate("resources.customers.no_notes")}</Typography>
        ) : (
          <Stack component="ul" spacing={1} sx={{ listStyle: "none", p: 0, m: 0 }}>
            {customer.notes.map((note) => (
              <Box component="li" key={note.id} sx={{ display: "flex", alignItems: "flex-start", gap: 1, p: 1, border: 1, borderColor: "divider", borderRadius: 1 }}>
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography variant="caption" color="text.secondary" component="p">
                    {formatTime(note.created_at, locale)}
                  </Typography>
                  <Typography sx={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{note.body}</Typography>
                </Box>
                {can(permissions, "customers", "deleteNote") ? <DeleteNote customerId={customer.id} noteId={note.id} /> : null}
              </Box>
            ))}
          </Stack>
        )}
        {can(permissions, "customers", "note") ? (
          <>
            <TextField multiline minRows={2} label={translate("resources.customers.note")} helperText={translate("resources.customers.note_hint")} value={body} onChange={(e) => setBody(e.target.value)} slotProps={{ htmlInput: { maxLength: 1000 } }} />
            <Button variant="contained" onClick={add} disabled={busy || !body.trim()} sx={{ minHeight: 44, alignSelf: "flex-start" }}>
              {translate("resources.customers.add_note")}
            </Button>
          </>
        ) : null}
        {error ? <Alert severity="error">{translate(error)}</Alert> : null}
      </Stack>
    </Section>
  )
}

/** The customer's appointments with the studio, newest first, each opening its page. */
function Visits({ customer }: { customer: Customer }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { permissions } = usePermissions<Staff>()
  const linked = can(permissions, "appointments")
  return (
    <Section title="resources.customers.sections.visits">
      {customer.appointments.length === 0 ? (
        <Typography color="text.secondary">{translate("resources.customers.no_visits")}</Typography>
      ) : (
        <Box sx={{ overflowX: "auto" }}>
          <Table size="small" aria-label={translate("resources.customers.sections.visits")}>
            <TableHead>
              <TableRow>
                <TableCell>{translate("resources.customers.visit.start")}</TableCell>
                <TableCell>{translate("resources.customers.visit.status")}</TableCell>
                <TableCell sx={{ display: { xs: "none", sm: "table-cell" } }}>{translate("resources.customers.visit.beautician")}</TableCell>
                <TableCell align="right">{translate("resources.customers.visit.paid")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {customer.appointments.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>
                    {linked ? (
                      <Link component={RouterLink} to={`/appointments/${encodeURIComponent(a.id)}/show`}>
                        {formatTime(a.starts_at, locale)}
                      </Link>
                    ) : (
                      formatTime(a.starts_at, locale)
                    )}
                  </TableCell>
                  <TableCell>
                    {/* StatusChip reads the record from context: each row provides its own. */}
                    <RecordContextProvider value={a}>
                      <StatusChip resource="appointments" source="status" colors={STATUS_COLORS} />
                    </RecordContextProvider>
                  </TableCell>
                  <TableCell sx={{ display: { xs: "none", sm: "table-cell" } }}>{a.beautician.display_name ?? "—"}</TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: "tabular-nums" }}>
                    {formatFen((a.paid_fen ?? 0) + (a.balance_paid_fen ?? 0) - (a.refund_fen ?? 0), locale)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Section>
  )
}

function CustomerDetail() {
  const customer = useRecordContext<Customer>()
  const translate = useTranslate()
  // Coming from the list, react-admin first shows the list's row (no notes, no appointments) while it reads the customer.
  if (!customer?.notes) return <LinearProgress aria-label={translate("ra.page.loading")} sx={{ m: 2 }} />
  return (
    // Nothing in the page may widen it past a phone's screen; the appointments table scrolls in its own box.
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 }, minWidth: 0, overflowX: "hidden" }}>
      <Figures customer={customer} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          {/* Keyed by the saved tags, so a refresh after saving starts from what the server kept. */}
          <Tags customer={customer} key={customer.tags.join("|")} />
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Notes customer={customer} />
        </Grid>
      </Grid>
      <Visits customer={customer} />
      <Typography variant="caption" color="text.secondary">
        {translate("resources.customers.logged")}
      </Typography>
    </Stack>
  )
}

export function CustomerShow() {
  return (
    <Show actions={false}>
      <CustomerDetail />
    </Show>
  )
}
