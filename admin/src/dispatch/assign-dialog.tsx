import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from "@mui/material"
import { useState } from "react"
import { useNotify, useTranslate } from "react-admin"
import { api, seg, type ApiError } from "../api"

const T = "resources.dispatch.assign"

interface AssignDialogProps {
  appointmentId: string
  beautician: { id: string; name: string }
  /** What the job is, for the question: service, time, district. */
  job: { service: string; time: string; district: string }
  reassign: boolean
  onDone: () => void
}

/**
 * Assign (or reassign) with a confirmation and a reason. A refusal is shown in
 * the dialog by its code's meaning; the conflict check's SLOT_UNAVAILABLE is
 * put in the board's own words (this beautician can't, not "choose a time").
 */
export function AssignButton({ appointmentId, beautician, job, reassign, onDone }: AssignDialogProps) {
  const translate = useTranslate()
  const notify = useNotify()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const names = { name: beautician.name }
  const titleId = `assign-${appointmentId}-${beautician.id}`

  const start = () => {
    setReason(translate(`${T}.default_reason`))
    setError(null)
    setOpen(true)
  }
  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      await api("POST", `/admin/appointments/${seg(appointmentId)}/assign`, { body: { beautician_id: beautician.id, reason: reason.trim() } })
      notify(`${T}.done`, { type: "success", messageArgs: names })
      setOpen(false)
      onDone()
    } catch (e) {
      const failure = e as ApiError
      setError(failure.code === "SLOT_UNAVAILABLE" ? translate(`${T}.SLOT_UNAVAILABLE`, names) : translate(failure.message ?? "doorstep.errors.UNKNOWN"))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button size="small" variant={reassign ? "outlined" : "contained"} onClick={start} sx={{ minHeight: 40, minWidth: 72, flexShrink: 0 }} aria-label={`${translate(reassign ? `${T}.reassign` : `${T}.assign`)} ${beautician.name}`}>
        {translate(reassign ? `${T}.reassign` : `${T}.assign`)}
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} fullWidth maxWidth="sm" aria-labelledby={titleId}>
        <DialogTitle id={titleId}>{translate(`${T}.title`, names)}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate(`${T}.hint`, { ...names, ...job })}</DialogContentText>
          <TextField fullWidth required margin="dense" label={translate(`${T}.reason`)} value={reason} onChange={(event) => setReason(event.target.value)} slotProps={{ htmlInput: { maxLength: 200 } }} />
          {error ? (
            <DialogContentText role="alert" sx={{ color: "error.main", mt: 1 }}>
              {error}
            </DialogContentText>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={busy} sx={{ minHeight: 44 }}>
            {translate("ra.action.back")}
          </Button>
          <Button onClick={submit} disabled={busy || !reason.trim()} variant="contained" sx={{ minHeight: 44 }}>
            {translate(`${T}.confirm`, names)}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  )
}
