import { Button as MuiButton, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, TextField } from "@mui/material"
import { useState, type ReactNode } from "react"
import { useDataProvider, useNotify, useRefresh, useTranslate, type Identifier } from "react-admin"
import type { ApiError } from "../api"
import type { DoorstepDataProvider } from "../data-provider"

export interface ActionField {
  name: string
  label: string
  required?: boolean
  multiline?: boolean
  /** Checked before sending, as the route's validator would: at least this many characters. */
  minLength?: number
  helperText?: string
  /** The input's kind: text (default), a tick box, a date and time, or an amount in yuan. */
  type?: "text" | "checkbox" | "datetime-local" | "yuan"
}

/** What a field's input sends: a tick as true/false, a local date and time in the city's zone (+08:00), yuan as fen. */
function sent(field: ActionField, value: string): unknown {
  if (field.type === "checkbox") return value === "true"
  if (field.type === "datetime-local") return `${value}:00+08:00`
  if (field.type === "yuan") return Math.round(Number(value) * 100)
  return value.trim()
}

interface ActionDialogProps {
  resource: string
  action: string
  id: Identifier
  /** The button's text (a translation key) and how it looks. */
  label: string
  color?: "primary" | "error" | "success" | "warning" | "inherit"
  variant?: "text" | "outlined" | "contained"
  icon?: ReactNode
  title: string
  description?: string
  /** Values the description's translation fills in (e.g. the fee). */
  descriptionArgs?: Record<string, unknown>
  /** What the route takes besides the dialog's fields (e.g. `{ decision: "approve" }`). */
  body: Record<string, unknown>
  fields?: ActionField[]
  done: string
  /** Told the route's answer, e.g. to show what a suspension sent back to dispatch. */
  onDone?: (answer: Record<string, unknown>) => void
}

/**
 * A decision (approve, reject with a reason, pay, suspend…): a button, a dialog
 * asking for what the route needs, and the `code`'s meaning when it refuses.
 */
export function ActionDialog({ resource, action, id, label, color = "primary", variant = "outlined", icon, title, description, descriptionArgs, body, fields = [], done, onDone }: ActionDialogProps) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const dataProvider = useDataProvider<DoorstepDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const translate = useTranslate()

  const invalid = fields.some(
    (f) =>
      (f.type === "yuan" && values[f.name] !== undefined && !(Number(values[f.name]) > 0)) ||
      (f.type !== "checkbox" && (f.required || values[f.name]) && (values[f.name]?.trim().length ?? 0) < (f.minLength ?? (f.required ? 1 : 0))),
  )
  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      const extra = Object.fromEntries(fields.filter((f) => values[f.name]?.trim()).map((f) => [f.name, sent(f, values[f.name])]))
      const answer = await dataProvider.act<Record<string, unknown>>(resource, action, id, { ...body, ...extra })
      notify(done, { type: "success" })
      setOpen(false)
      setValues({})
      onDone?.(answer)
      refresh()
    } catch (e) {
      setError((e as ApiError).message ?? "doorstep.errors.UNKNOWN")
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <MuiButton color={color} variant={variant} startIcon={icon} onClick={() => setOpen(true)} sx={{ minHeight: 44 }}>
        {translate(label)}
      </MuiButton>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} fullWidth maxWidth="sm" aria-labelledby={`${action}-${id}-title`}>
        <DialogTitle id={`${action}-${id}-title`}>{translate(title)}</DialogTitle>
        <DialogContent>
          {description ? <DialogContentText sx={{ mb: 2 }}>{translate(description, descriptionArgs)}</DialogContentText> : null}
          {fields.map((field, index) =>
            field.type === "checkbox" ? (
              <FormControlLabel
                key={field.name}
                control={<Checkbox checked={values[field.name] === "true"} onChange={(event) => setValues((v) => ({ ...v, [field.name]: String(event.target.checked) }))} />}
                label={translate(field.label)}
              />
            ) : (
            <TextField
              key={field.name}
              autoFocus={index === 0}
              fullWidth
              margin="dense"
              label={translate(field.label)}
              required={field.required}
              multiline={field.multiline}
              minRows={field.multiline ? 3 : undefined}
              value={values[field.name] ?? ""}
              onChange={(event) => setValues((v) => ({ ...v, [field.name]: event.target.value }))}
              helperText={field.helperText ? translate(field.helperText) : field.minLength ? translate("doorstep.action.min_length", { min: field.minLength }) : undefined}
              type={field.type === "datetime-local" ? "datetime-local" : field.type === "yuan" ? "number" : undefined}
              slotProps={field.type === "datetime-local" ? { inputLabel: { shrink: true } } : field.type === "yuan" ? { htmlInput: { min: 0.01, step: 0.01 } } : undefined}
            />
            ),
          )}
          {error ? (
            <DialogContentText role="alert" sx={{ color: "error.main", mt: 1 }}>
              {translate(error)}
            </DialogContentText>
          ) : null}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)} disabled={busy} sx={{ minHeight: 44 }}>
            {translate("ra.action.back")}
          </MuiButton>
          <MuiButton onClick={submit} disabled={busy || invalid} variant="contained" color={color === "inherit" ? "primary" : color} sx={{ minHeight: 44 }}>
            {translate(label)}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  )
}
