import { Box, Button, Checkbox, FormControlLabel, LinearProgress, List, ListItem, ListItemText, Paper, Stack, TextField, Typography } from "@mui/material"
import { DateTime } from "luxon"
import { useState } from "react"
import { useLocaleState, useTranslate } from "react-admin"
import { api } from "../api"
import { BEAUTICIAN_PATHS } from "../data-provider"
import { Refusal, S, useSchedulePart, WindowsInput, type Window } from "./schedule-common"
import type { DateOverride } from "./types"

type Answer = { timezone: string; overrides: DateOverride[] }

/** Dates with other hours than the week says (a holiday, a late shift): those to come, each removable, and one more to set. */
export function DateOverrides({ beauticianId, editable }: { beauticianId: string; editable: boolean }) {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const { answer, error, busy, act } = useSchedulePart<Answer>(BEAUTICIAN_PATHS.dateOverrides(beauticianId))
  const [date, setDate] = useState("")
  const [dayOff, setDayOff] = useState(true)
  const [windows, setWindows] = useState<Window[]>([{ start: "09:00", end: "18:00" }])

  const remove = (on: string) => act(() => api<Answer>("DELETE", BEAUTICIAN_PATHS.dateOverride(beauticianId, on)), `${S}.override_removed`)
  const save = async () => {
    if (await act(() => api<Answer>("PUT", BEAUTICIAN_PATHS.dateOverride(beauticianId, date), { body: { windows: dayOff ? [] : windows } }), `${S}.override_saved`)) setDate("")
  }

  if (!answer) return error ? <Refusal error={error} /> : <LinearProgress aria-label={translate("ra.page.loading")} />
  const today = DateTime.now().setZone(answer.timezone).toISODate()!
  const upcoming = answer.overrides.filter((o) => o.date >= today).sort((a, b) => a.date.localeCompare(b.date))
  const dateText = (iso: string) => DateTime.fromISO(iso).setLocale(locale).toLocaleString({ month: "long", day: "numeric", weekday: "short", year: "numeric" })
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(`${S}.overrides_hint`)}
      </Typography>
      {upcoming.length === 0 ? (
        <Typography color="text.secondary">{translate(`${S}.overrides_empty`)}</Typography>
      ) : (
        <List dense disablePadding>
          {upcoming.map((o) => (
            <ListItem
              key={o.date}
              disableGutters
              secondaryAction={
                editable ? (
                  <Button size="small" disabled={busy} onClick={() => remove(o.date)} sx={{ minHeight: 44 }}>
                    {translate(`${S}.remove_override`)}
                  </Button>
                ) : null
              }
            >
              <ListItemText primary={dateText(o.date)} secondary={o.windows.length ? o.windows.map((w) => `${w.start}–${w.end}`).join("、") : translate(`${S}.day_off`)} />
            </ListItem>
          ))}
        </List>
      )}
      <Refusal error={error} />
      {editable ? (
        <Paper variant="outlined" sx={{ p: 2, mt: 2 }}>
          <Stack spacing={1}>
            <TextField type="date" size="small" label={translate(`${S}.override_date`)} value={date} onChange={(e) => setDate(e.target.value)} slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today } }} sx={{ maxWidth: 220 }} />
            <FormControlLabel control={<Checkbox checked={dayOff} onChange={(e) => setDayOff(e.target.checked)} />} label={translate(`${S}.override_day_off`)} />
            {dayOff ? null : <WindowsInput label={translate(`${S}.override_date`)} windows={windows} onChange={setWindows} />}
            <div>
              <Button variant="outlined" disabled={busy || !date || (!dayOff && windows.length === 0)} onClick={save} sx={{ minHeight: 44 }}>
                {translate(`${S}.add_override`)}
              </Button>
            </div>
          </Stack>
        </Paper>
      ) : null}
    </Box>
  )
}
