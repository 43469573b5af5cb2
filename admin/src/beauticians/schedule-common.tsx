import AddIcon from "@mui/icons-material/Add"
import DeleteOutlineIcon from "@mui/icons-material/DeleteOutline"
import { Alert, IconButton, Stack, TextField, Typography } from "@mui/material"
import { useCallback, useEffect, useState } from "react"
import { useNotify, useTranslate } from "react-admin"
import { api, type ApiError } from "../api"

export const S = "resources.beauticians.schedule"

export interface Window {
  start: string
  end: string
}

/** What a refused change says: a schedule conflict counts the bookings it would strand; any other code, its meaning. */
export function refusal(error: unknown): { key: string; args?: Record<string, unknown> } {
  const e = error as ApiError
  if (e.code === "SCHEDULE_CONFLICT") {
    const stranded = (e.body as { appointments?: unknown[] } | undefined)?.appointments?.length ?? 1
    return { key: `${S}.conflict`, args: { smart_count: stranded } }
  }
  return { key: e.message ?? "doorstep.errors.UNKNOWN" }
}

/**
 * A schedule panel's answer from commerce at `path`, loaded at once, and `act`
 * to change it: busy while a change runs, its refusal kept to show, a notice
 * when done. A change that answers with the new state shows it; one that does
 * not (undefined) reloads. `act` says whether the change went through.
 */
export function useSchedulePart<Answer>(path: string) {
  const notify = useNotify()
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [error, setError] = useState<ReturnType<typeof refusal> | null>(null)
  const [busy, setBusy] = useState(false)
  const load = useCallback(() => api<Answer>("GET", path).then(setAnswer), [path])
  useEffect(() => void load().catch((e) => setError(refusal(e))), [load])
  const act = async (change: () => Promise<Answer | undefined>, done: string): Promise<boolean> => {
    setBusy(true)
    setError(null)
    try {
      const changed = await change()
      if (changed === undefined) await load()
      else setAnswer(changed)
      notify(done, { type: "success" })
      return true
    } catch (e) {
      setError(refusal(e))
      return false
    } finally {
      setBusy(false)
    }
  }
  return { answer, error, busy, act }
}

export function Refusal({ error }: { error: { key: string; args?: Record<string, unknown> } | null }) {
  const translate = useTranslate()
  if (!error) return null
  return (
    <Alert severity="error" role="alert" sx={{ my: 1 }}>
      {translate(error.key, error.args)}
    </Alert>
  )
}

/** One end of a window, a quarter-hour time picker: wide enough for a 12-hour clock's "08:30 AM" beside its icon. */
function ClockField({ edge, window, index, label, disabled, onChange }: { edge: keyof Window; window: Window; index: number; label: string; disabled?: boolean; onChange: (value: string) => void }) {
  const translate = useTranslate()
  const name = translate(`${S}.${edge}`)
  return (
    <TextField
      type="time"
      size="small"
      label={name}
      value={window[edge]}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { "aria-label": `${label} ${name} ${index + 1}`, step: 900 } }}
      sx={{ width: { sm: 136 }, flex: { xs: "1 1 0", sm: "0 0 auto" }, minWidth: 0 }}
    />
  )
}

/** A day's windows (start–end, local times), each removable, with one more to add; none is a day off. */
export function WindowsInput({ windows, onChange, label, disabled }: { windows: Window[]; onChange: (windows: Window[]) => void; label: string; disabled?: boolean }) {
  const translate = useTranslate()
  const set = (i: number, key: keyof Window, value: string) => onChange(windows.map((w, j) => (j === i ? { ...w, [key]: value } : w)))
  return (
    <Stack spacing={1} sx={{ flex: 1 }}>
      {windows.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 1 }}>
          {translate(`${S}.day_off`)}
        </Typography>
      ) : null}
      {windows.map((w, i) => (
        // On a 360 px phone the row is two time pickers, a dash and a button: their gaps and padding are tightened to fit.
        <Stack key={i} direction="row" spacing={{ xs: 0.5, sm: 1 }} sx={{ alignItems: "center", "& input": { px: { xs: 1, sm: 1.5 } } }}>
          <ClockField edge="start" window={w} index={i} label={label} disabled={disabled} onChange={(value) => set(i, "start", value)} />
          <Typography aria-hidden>–</Typography>
          <ClockField edge="end" window={w} index={i} label={label} disabled={disabled} onChange={(value) => set(i, "end", value)} />
          {disabled ? null : (
            <IconButton aria-label={`${label} ${translate(`${S}.remove_window`)} ${i + 1}`} onClick={() => onChange(windows.filter((_, j) => j !== i))} sx={{ width: 44, height: 44 }}>
              <DeleteOutlineIcon />
            </IconButton>
          )}
        </Stack>
      ))}
      {disabled ? null : (
        <div>
          <IconButton
            aria-label={`${label} ${translate(`${S}.add_window`)}`}
            title={translate(`${S}.add_window`)}
            onClick={() => onChange([...windows, windows.length ? { start: windows[windows.length - 1].end, end: "21:00" } : { start: "09:00", end: "18:00" }])}
            sx={{ width: 44, height: 44 }}
          >
            <AddIcon />
          </IconButton>
        </div>
      )}
    </Stack>
  )
}
