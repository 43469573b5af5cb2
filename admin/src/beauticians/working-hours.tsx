import { Box, Button, Divider, LinearProgress, Stack, Typography } from "@mui/material"
import { useEffect, useState } from "react"
import { useNotify, useTranslate } from "react-admin"
import { api, type ApiError } from "../api"
import { BEAUTICIAN_PATHS } from "../data-provider"
import { Refusal, refusal, S, WindowsInput, type Window } from "./schedule-common"
import type { WeeklyWindow } from "./types"

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const
type Week = Record<number, Window[]>

const weekOf = (weekly: WeeklyWindow[]): Week =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, weekly.filter((w) => w.weekday === d).map(({ start, end }) => ({ start, end })).sort((a, b) => a.start.localeCompare(b.start))]))

/** The weekly hours, a row a weekday, edited whole and saved at once (the route refuses a change that would strand a booking). */
export function WorkingHours({ beauticianId, editable }: { beauticianId: string; editable: boolean }) {
  const translate = useTranslate()
  const notify = useNotify()
  const [saved, setSaved] = useState<{ zone: string; week: Week } | null>(null)
  const [week, setWeek] = useState<Week | null>(null)
  const [error, setError] = useState<ReturnType<typeof refusal> | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    api<{ timezone: string; weekly: WeeklyWindow[] }>("GET", BEAUTICIAN_PATHS.workingHours(beauticianId))
      .then((answer) => {
        const loaded = weekOf(answer.weekly)
        setSaved({ zone: answer.timezone, week: loaded })
        setWeek(loaded)
      })
      .catch((e: ApiError) => setError(refusal(e)))
  }, [beauticianId])

  const save = async () => {
    if (!week) return
    setBusy(true)
    setError(null)
    try {
      const weekly = WEEKDAYS.flatMap((weekday) => week[weekday].map((w) => ({ weekday, ...w })))
      const answer = await api<{ timezone: string; weekly: WeeklyWindow[] }>("PUT", BEAUTICIAN_PATHS.workingHours(beauticianId), { body: { weekly } })
      const loaded = weekOf(answer.weekly)
      setSaved({ zone: answer.timezone, week: loaded })
      setWeek(loaded)
      notify(`${S}.saved`, { type: "success" })
    } catch (e) {
      setError(refusal(e))
    } finally {
      setBusy(false)
    }
  }

  if (!week || !saved) return error ? <Refusal error={error} /> : <LinearProgress aria-label={translate("ra.page.loading")} />
  const changed = JSON.stringify(week) !== JSON.stringify(saved.week)
  const invalid = WEEKDAYS.some((d) => week[d].some((w) => !w.start || !w.end || w.start === w.end))
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(`${S}.hint`, { zone: saved.zone })}
      </Typography>
      {WEEKDAYS.map((weekday) => {
        const label = translate(`${S}.weekdays.${weekday}`)
        return (
          <Box key={weekday}>
            <Stack direction={{ xs: "column", sm: "row" }} spacing={{ xs: 0.5, sm: 2 }} sx={{ py: 1, alignItems: { sm: "flex-start" } }}>
              <Typography sx={{ width: 56, flex: "0 0 auto", pt: { sm: 1 }, fontWeight: 500 }}>{label}</Typography>
              <WindowsInput label={label} windows={week[weekday]} disabled={!editable} onChange={(windows) => setWeek({ ...week, [weekday]: windows })} />
            </Stack>
            <Divider />
          </Box>
        )
      })}
      <Refusal error={error} />
      {editable ? (
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button variant="contained" onClick={save} disabled={busy || !changed || invalid} sx={{ minHeight: 44 }}>
            {translate(`${S}.save`)}
          </Button>
          <Button onClick={() => (setWeek(saved.week), setError(null))} disabled={busy || !changed} sx={{ minHeight: 44 }}>
            {translate(`${S}.reset`)}
          </Button>
        </Stack>
      ) : null}
    </Box>
  )
}
