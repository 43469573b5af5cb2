import { Box, Button, LinearProgress, List, ListItem, ListItemText, Paper, Stack, TextField, Typography } from "@mui/material"
import { DateTime } from "luxon"
import { useState } from "react"
import { useLocaleState, useTranslate } from "react-admin"
import { api } from "../api"
import { BEAUTICIAN_PATHS } from "../data-provider"
import { Refusal, S, useSchedulePart } from "./schedule-common"
import type { TimeOff } from "./types"

type Answer = { timezone: string; time_off: TimeOff[] }

/** Blocks of time off not yet over, each removable, and one more to block (refused if it would strand a booking). */
export function TimeOffPanel({ beauticianId, editable }: { beauticianId: string; editable: boolean }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { answer, error, busy, act } = useSchedulePart<Answer>(BEAUTICIAN_PATHS.timeOff(beauticianId))
  const [from, setFrom] = useState("")
  const [until, setUntil] = useState("")
  const [reason, setReason] = useState("")

  if (!answer) return error ? <Refusal error={error} /> : <LinearProgress aria-label={translate("ra.page.loading")} />
  const zone = answer.timezone
  const instant = (local: string) => DateTime.fromISO(local, { zone }).toISO()!
  const shown = (iso: string) => DateTime.fromISO(iso).setZone(zone).setLocale(locale).toLocaleString(DateTime.DATETIME_MED_WITH_WEEKDAY)
  const add = async () => {
    const body = { starts_at: instant(from), ends_at: instant(until), ...(reason.trim() ? { reason: reason.trim() } : {}) }
    if (!(await act(() => api("POST", BEAUTICIAN_PATHS.timeOff(beauticianId), { body }).then(() => undefined), `${S}.time_off_added`))) return
    setFrom("")
    setUntil("")
    setReason("")
  }
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(`${S}.time_off_hint`)}
      </Typography>
      {answer.time_off.length === 0 ? (
        <Typography color="text.secondary">{translate(`${S}.time_off_empty`)}</Typography>
      ) : (
        <List dense disablePadding>
          {answer.time_off.map((t) => (
            <ListItem
              key={t.id}
              disableGutters
              secondaryAction={
                editable ? (
                  <Button size="small" color="error" disabled={busy} onClick={() => act(() => api("DELETE", BEAUTICIAN_PATHS.oneTimeOff(beauticianId, t.id)).then(() => undefined), `${S}.time_off_removed`)} sx={{ minHeight: 44 }}>
                    {translate(`${S}.remove_time_off`)}
                  </Button>
                ) : null
              }
            >
              <ListItemText primary={`${shown(t.starts_at)} – ${shown(t.ends_at)}`} secondary={t.reason || null} sx={{ pr: 8 }} />
            </ListItem>
          ))}
        </List>
      )}
      <Refusal error={error} />
      {editable ? (
        <Paper variant="outlined" sx={{ p: 2, mt: 2 }}>
          <Stack spacing={1.5}>
            <Stack direction={{ xs: "column", sm: "row" }} spacing={1.5}>
              <TextField type="datetime-local" size="small" label={translate(`${S}.time_off_from`)} value={from} onChange={(e) => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
              <TextField type="datetime-local" size="small" label={translate(`${S}.time_off_until`)} value={until} onChange={(e) => setUntil(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            </Stack>
            <TextField size="small" label={translate(`${S}.time_off_reason`)} value={reason} onChange={(e) => setReason(e.target.value)} slotProps={{ htmlInput: { maxLength: 200 } }} />
            <div>
              <Button variant="outlined" disabled={busy || !from || !until || until <= from} onClick={add} sx={{ minHeight: 44 }}>
                {translate(`${S}.add_time_off`)}
              </Button>
            </div>
          </Stack>
        </Paper>
      ) : null}
    </Box>
  )
}
